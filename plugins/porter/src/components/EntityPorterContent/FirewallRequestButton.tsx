import { CodeSnippet } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import type { Claim } from '@internal/plugin-porter-common';
import { useState } from 'react';
import { firewallRequestText } from '../../lib/firewallRequest';

/**
 * Copies the text of a firewall request for the claim's VIPs (one rule per
 * cluster, protocol TCP, a blank for the source), ready to paste into the
 * platform's firewall request form.
 */
export const FirewallRequestButton = (props: { claim: Claim }) => {
  const { claim } = props;
  const [result, setResult] = useState<{ copied: boolean; message: string }>();
  const count = claim.status.allocations.length;
  if (count === 0) return null;
  const text = firewallRequestText(claim);
  const copy = async () => {
    try {
      // Only in a secure context (https or localhost); otherwise show the text to copy by hand.
      if (!window.navigator.clipboard) {
        throw new Error('this page may not use the clipboard');
      }
      await window.navigator.clipboard.writeText(text);
      setResult({
        copied: true,
        message: `Copied: ${count} destination${
          count === 1 ? '' : 's'
        }, protocol TCP. Fill in the source and paste it into the firewall request form.`,
      });
    } catch (error) {
      setResult({
        copied: false,
        message: `Could not copy (${
          (error as Error).message
        }); here is the text:`,
      });
    }
  };
  return (
    <Box mb={2}>
      <Button variant="outlined" onClick={copy}>
        Copy firewall request
      </Button>
      {result && (
        <Typography variant="caption" display="block" role="status">
          {result.message}
        </Typography>
      )}
      {result && !result.copied && <CodeSnippet text={text} language="text" />}
    </Box>
  );
};
