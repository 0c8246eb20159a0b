import { FormGroup, HTMLSelect } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { TLP_MARKINGS, type TlpMarking } from '../../../../shared/domain/markings';
import {
  LIKELIHOOD_SCALES,
  WORKING_LANGUAGES,
  type LikelihoodScale,
  type WorkingLanguage,
} from '../../../../shared/domain/scales';

/** i18next reads ':' as a namespace separator, so TLP help texts are keyed 'AMBER_STRICT' etc. */
const tlpHelpKey = (m: TlpMarking) => `tlpHelp.${m.slice(4).replace('+', '_')}` as 'tlpHelp.AMBER';

/** Select fields shared by the new-case and case-settings dialogs. */
export function TlpField({
  id,
  value,
  onChange,
}: {
  id: string;
  value: TlpMarking;
  onChange: (v: TlpMarking) => void;
}) {
  const { t } = useTranslation();
  return (
    <FormGroup label={t('caseFields.tlp')} labelFor={id} helperText={t(tlpHelpKey(value))}>
      <HTMLSelect
        id={id}
        fill
        value={value}
        onChange={(e) => onChange(e.currentTarget.value as TlpMarking)}
        options={TLP_MARKINGS.map((m) => ({ value: m, label: m }))}
      />
    </FormGroup>
  );
}

export function ScaleField({
  id,
  value,
  onChange,
}: {
  id: string;
  value: LikelihoodScale;
  onChange: (v: LikelihoodScale) => void;
}) {
  const { t } = useTranslation();
  return (
    <FormGroup label={t('caseFields.scale')} labelFor={id} helperText={t(`scaleHelp.${value}`)}>
      <HTMLSelect
        id={id}
        fill
        value={value}
        onChange={(e) => onChange(e.currentTarget.value as LikelihoodScale)}
        options={LIKELIHOOD_SCALES.map((s) => ({ value: s, label: t(`scales.${s}`) }))}
      />
    </FormGroup>
  );
}

export function WorkingLanguageField({
  id,
  value,
  onChange,
}: {
  id: string;
  value: WorkingLanguage;
  onChange: (v: WorkingLanguage) => void;
}) {
  const { t } = useTranslation();
  return (
    <FormGroup label={t('caseFields.language')} labelFor={id} helperText={t('caseFields.languageHelp')}>
      <HTMLSelect
        id={id}
        fill
        value={value}
        onChange={(e) => onChange(e.currentTarget.value as WorkingLanguage)}
        options={WORKING_LANGUAGES.map((l) => ({ value: l, label: t(`workingLanguages.${l}`) }))}
      />
    </FormGroup>
  );
}
