import { Link } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import type { PermissionState } from '../../hooks/usePorterPermission';
import { templateLink } from '../../lib/templateLink';

/** Above the table: make another exposure, and whether the tab is following settling claims. */
export const ExposuresToolbar = (props: {
  entityRef: string;
  mayCreate: PermissionState;
  onCreate: () => void;
  settling: string[];
  refreshError?: Error;
}) => {
  const { entityRef, mayCreate, onCreate, settling, refreshError } = props;
  return (
    <Box>
      <Box display="flex" alignItems="center" style={{ gap: 16 }}>
        {mayCreate.allowed && (
          <>
            <Button variant="contained" color="primary" onClick={onCreate}>
              Expose a Service
            </Button>
            <Link to={templateLink(entityRef)}>or use the template</Link>
          </>
        )}
        {mayCreate.reason && (
          <Typography variant="body2" color="textSecondary" role="note">
            {mayCreate.reason}
          </Typography>
        )}
        <Box flexGrow={1} />
        {settling.length > 0 && (
          <Box
            display="flex"
            alignItems="center"
            style={{ gap: 8 }}
            role="status"
          >
            <CircularProgress size={16} />
            <Typography variant="body2" color="textSecondary">
              Settling in {settling.join(' and ')}: this updates by itself
            </Typography>
          </Box>
        )}
      </Box>
      {refreshError && (
        <Box mt={1}>
          <Alert severity="warning">
            Could not refresh ({refreshError.message}); showing what Porter last
            reported. Trying again.
          </Alert>
        </Box>
      )}
    </Box>
  );
};
