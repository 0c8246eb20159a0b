import { useId, type FormEvent, type ReactNode } from 'react';
import { Button, Classes, Dialog, DialogBody, DialogFooter, Icon, type IconName } from '@blueprintjs/core';

interface AppDialogProps {
  isOpen: boolean;
  title: string;
  icon?: IconName;
  /** Accessible name of the close button (Blueprint's own is hard-wired to English). */
  closeLabel: string;
  onClose: () => void;
  /** When given, the body is a form: Enter submits, and the footer's submit button calls this. */
  onSubmit?: () => void;
  footer?: ReactNode;
  className?: string;
  children: ReactNode;
}

/**
 * Blueprint's Dialog with a translated header and an optional form around body and
 * footer, so every dialog submits on Enter and closes on Esc the same way.
 */
export function AppDialog({
  isOpen,
  title,
  icon,
  closeLabel,
  onClose,
  onSubmit,
  footer,
  className,
  children,
}: AppDialogProps) {
  const titleId = useId();
  const content = (
    <>
      <DialogBody>{children}</DialogBody>
      {footer !== undefined && <DialogFooter actions={footer} />}
    </>
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit?.();
  };
  return (
    <Dialog
      isOpen={isOpen}
      onClose={onClose}
      aria-labelledby={titleId}
      className={className}
      canOutsideClickClose={false}
    >
      <div className={Classes.DIALOG_HEADER}>
        {icon && <Icon icon={icon} aria-hidden tabIndex={-1} />}
        <h2 id={titleId} className={Classes.HEADING}>
          {title}
        </h2>
        <Button
          aria-label={closeLabel}
          className={Classes.DIALOG_CLOSE_BUTTON}
          icon="small-cross"
          variant="minimal"
          onClick={onClose}
        />
      </div>
      {onSubmit ? (
        <form onSubmit={submit} noValidate>
          {content}
        </form>
      ) : (
        content
      )}
    </Dialog>
  );
}
