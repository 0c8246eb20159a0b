import { useState, type ReactNode } from 'react';
import { Button, FormGroup, TextArea, type IconName } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { WireError } from '../../../shared/contract/errors';
import { ErrorCallout } from '../features/errors/ErrorCallout';
import { AppDialog } from './AppDialog';
import { toWireError } from '../features/errors/toWireError';

interface ReasonDialogProps {
  title: string;
  icon?: IconName;
  submitText: string;
  /** The choice being made (a rating, a credibility …), above the reason. */
  children?: ReactNode;
  initialReason?: string;
  reasonLabel: string;
  reasonHelp: string;
  /** Sends the change with the reason; a refusal from the core is shown in the dialog, which stays open. */
  onSubmit: (reason: string) => Promise<unknown>;
  onClose: () => void;
  /** A clearer text for a refusal than the error code's general one (e.g. "a reason is required"). */
  describeRefusal?: (error: WireError) => string | undefined;
}

/**
 * A change that must give its reason (every rating, an acknowledged check): the reason is
 * required here and again by the core, whose refusal is shown as it came, so the analyst
 * sees why nothing was saved.
 */
export function ReasonDialog({
  title,
  icon,
  submitText,
  children,
  initialReason = '',
  reasonLabel,
  reasonHelp,
  onSubmit,
  onClose,
  describeRefusal,
}: ReasonDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState(initialReason);
  const [error, setError] = useState<WireError | null>(null);
  const [pending, setPending] = useState(false);
  // Sent as typed (trimmed): a blank reason reaches the core, which refuses it with INVALID_INPUT.
  const submit = () => {
    setPending(true);
    setError(null);
    onSubmit(reason.trim()).then(
      () => {
        setPending(false);
        onClose();
      },
      (err: unknown) => {
        setPending(false);
        setError(toWireError(err));
      },
    );
  };
  // The core names the refused field in its message or its details (zod's issue path).
  const reasonRefused =
    error?.code === 'INVALID_INPUT' && /reason/i.test(`${error.message} ${JSON.stringify(error.details ?? null)}`);
  return (
    <AppDialog
      isOpen
      title={title}
      icon={icon}
      closeLabel={t('common.close')}
      onClose={onClose}
      onSubmit={submit}
      className="wb-reason-dialog"
      footer={
        <>
          <Button text={t('common.cancel')} onClick={onClose} />
          <Button type="submit" intent="primary" text={submitText} loading={pending} />
        </>
      }
    >
      {children}
      <FormGroup
        label={reasonLabel}
        labelFor="wb-reason-dialog-reason"
        labelInfo={t('common.required')}
        intent={reasonRefused ? 'danger' : 'none'}
        helperText={reasonHelp}
      >
        <TextArea
          id="wb-reason-dialog-reason"
          fill
          rows={3}
          required
          aria-invalid={reasonRefused}
          intent={reasonRefused ? 'danger' : 'none'}
          value={reason}
          maxLength={10_000}
          onChange={(e) => setReason(e.target.value)}
          onKeyDown={(e) => {
            // Enter in the reason submits like in any field of the dialog; Shift+Enter is a new line.
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              submit();
            }
          }}
        />
      </FormGroup>
      {error && (
        <ErrorCallout
          error={error}
          title={t('analysis.refused')}
          message={reasonRefused ? t('analysis.reasonRequired') : describeRefusal?.(error)}
        />
      )}
    </AppDialog>
  );
}
