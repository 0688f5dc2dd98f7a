import Button, { ButtonProps } from '@material-ui/core/Button';
import Tooltip from '@material-ui/core/Tooltip';
import type { PermissionState } from '../../hooks/usePorterPermission';

/**
 * A button for something that needs a permission: enabled when the user has
 * it, otherwise disabled with the reason in a tooltip (and as the title, for
 * those who do not hover).
 */
export const PermittedButton = (
  props: ButtonProps & { permission: PermissionState },
) => {
  const { permission, disabled, ...buttonProps } = props;
  if (permission.allowed) {
    return <Button {...buttonProps} disabled={disabled} />;
  }
  return (
    <Tooltip title={permission.reason ?? 'Checking your permissions…'}>
      {/* A disabled button gets no pointer events; the span carries the tooltip. */}
      <span>
        <Button {...buttonProps} disabled />
      </span>
    </Tooltip>
  );
};
