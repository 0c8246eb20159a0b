import { TLP_COLOURS, type TlpMarking } from '../../../shared/domain/markings';

/** A TLP marking in its TLP 2.0 colour on black, as the standard prescribes for every rendering. */
export function TlpLabel({ tlp, small = false }: { tlp: TlpMarking; small?: boolean }) {
  return (
    <span className={small ? 'wb-tlp wb-tlp--small' : 'wb-tlp'} style={{ color: TLP_COLOURS[tlp] }}>
      {tlp}
    </span>
  );
}
