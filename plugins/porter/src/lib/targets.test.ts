import { namespaceBindings } from '@internal/plugin-porter-common';
import { clusters } from '../__testUtils__/fixtures';
import { targetChoices } from './targets';

const choicesFor = (annotations: Record<string, string>) =>
  targetChoices(namespaceBindings(annotations), clusters).map(c => ({
    key: c.key,
    label: c.label,
    clusters: c.clusters,
    disabled: !!c.disabledReason,
  }));

describe('targetChoices', () => {
  it('offers a Gold/GoldDR binding as one pair choice, never GoldDR alone', () => {
    const choices = targetChoices(
      namespaceBindings({
        'porter.devops.gov.bc.ca/namespaces':
          'gold/abc123-prod, golddr/abc123-prod',
      }),
      clusters,
    );
    expect(choices.map(c => [c.key, c.label, c.clusters])).toEqual([
      ['gold/abc123-prod', 'gold + golddr', ['gold', 'golddr']],
      ['golddr/abc123-prod', 'golddr', ['golddr']],
    ]);
    expect(choices[0].disabledReason).toBeUndefined();
    expect(choices[1].disabledReason).toBe(
      'golddr is the standby half of the gold + golddr pair: claims are made in gold and mirrored to golddr.',
    );
  });

  it('takes a binding without a cluster to mean every cluster', () => {
    expect(
      choicesFor({
        'backstage.io/kubernetes-namespace': 'yourlicenceplate-dev',
      }),
    ).toEqual([
      {
        key: 'silver/yourlicenceplate-dev',
        label: 'silver',
        clusters: ['silver'],
        disabled: false,
      },
      {
        key: 'gold/yourlicenceplate-dev',
        label: 'gold + golddr',
        clusters: ['gold', 'golddr'],
        disabled: false,
      },
      {
        key: 'golddr/yourlicenceplate-dev',
        label: 'golddr',
        clusters: ['golddr'],
        disabled: true,
      },
    ]);
  });

  it('says how to fix a GoldDR binding whose namespace is not bound in Gold', () => {
    const [choice] = targetChoices(
      namespaceBindings({
        'porter.devops.gov.bc.ca/namespaces': 'golddr/abc123-prod',
      }),
      clusters,
    );
    expect(choice.disabledReason).toContain(
      'This component is not bound to abc123-prod in gold; add gold/abc123-prod to its porter.devops.gov.bc.ca/namespaces annotation.',
    );
  });

  it('lists bindings to clusters Porter does not manage as unavailable, once per place', () => {
    const choices = targetChoices(
      namespaceBindings({
        'backstage.io/kubernetes-namespace': 'ns',
        'porter.devops.gov.bc.ca/namespaces': 'emerald/ns, silver/ns',
      }),
      clusters,
    );
    expect(choices.map(c => c.key)).toEqual([
      'silver/ns',
      'gold/ns',
      'golddr/ns',
      'emerald/ns',
    ]);
    expect(choices[3].disabledReason).toBe(
      "Porter does not manage a cluster named 'emerald'.",
    );
  });
});
