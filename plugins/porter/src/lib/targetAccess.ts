import type { AccessState } from '../hooks/useNamespaceAccess';
import type { TargetChoice } from './targets';

type AccessOf = (
  cluster?: string,
  namespace?: string,
) => AccessState | undefined;

/** The places worth asking about: every choice that can take a claim. */
export function placesToAsk(
  choices: TargetChoice[],
): Array<{ cluster: string; namespace: string }> {
  return choices
    .filter(c => !c.disabledReason)
    .map(c => ({ cluster: c.cluster, namespace: c.namespace }));
}

/** The choices the user may not make claims in, by key, with the reason. */
export function refusedChoices(
  choices: TargetChoice[],
  accessOf: AccessOf,
): Record<string, string> {
  const refused: Record<string, string> = {};
  for (const choice of choices) {
    const answer = accessOf(choice.cluster, choice.namespace)?.value;
    if (answer && !answer.createClaims.allowed) {
      refused[choice.key] = answer.createClaims.reason;
    }
  }
  return refused;
}

/**
 * What the form may do in the chosen place: `ready` once the answer (or the
 * failure to get one) is in; `mayCreate` unless the answer is no (a failed
 * check does not stop anyone: the backend checks again on save);
 * `listRefusal`, the reason, when the Services may not be listed.
 */
export function placeAccess(state?: AccessState): {
  ready: boolean;
  mayCreate: boolean;
  listRefusal?: string;
} {
  if (!state || state.loading) return { ready: false, mayCreate: false };
  const answer = state.value;
  return {
    ready: true,
    mayCreate: !answer || answer.createClaims.allowed,
    listRefusal:
      answer && !answer.listServices.allowed
        ? answer.listServices.reason
        : undefined,
  };
}
