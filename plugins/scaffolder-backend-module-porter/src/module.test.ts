import { startTestBackend } from '@backstage/backend-test-utils';
import {
  scaffolderActionsExtensionPoint,
  TemplateAction,
} from '@backstage/plugin-scaffolder-node';
import { parse } from 'yaml';
import { scaffolderModulePorter } from './module';

describe('scaffolderModulePorter', () => {
  it('registers the porter actions, each with schemas, examples and dry-run support', async () => {
    const actions: TemplateAction<any, any, any>[] = [];
    await startTestBackend({
      extensionPoints: [
        [
          scaffolderActionsExtensionPoint,
          {
            addActions: (...added: TemplateAction<any, any, any>[]) =>
              actions.push(...added),
          },
        ],
      ],
      features: [scaffolderModulePorter],
    });

    expect(actions.map(a => a.id)).toEqual([
      'porter:claim:apply',
      'porter:claim:delete',
      'porter:networkpolicy:apply',
    ]);
    for (const action of actions) {
      expect(action.supportsDryRun).toBe(true);
      expect(action.examples?.length).toBeGreaterThan(0);
      // Every example is a template snippet that uses this action with inputs it declares.
      for (const { example } of action.examples ?? []) {
        const steps = parse(example).steps;
        expect(steps).toEqual([expect.objectContaining({ action: action.id })]);
        const declared = Object.keys((action.schema?.input as any).properties);
        expect(declared).toEqual(
          expect.arrayContaining(Object.keys(steps[0].input)),
        );
      }
      expect(action.schema?.input).toMatchObject({
        type: 'object',
        required: expect.arrayContaining(['cluster', 'namespace', 'name']),
      });
      expect(action.schema?.output).toMatchObject({ type: 'object' });
    }
    expect(actions[0].schema?.input).toMatchObject({
      required: ['cluster', 'namespace', 'name', 'service', 'servicePort'],
      properties: {
        servicePort: { type: 'integer', minimum: 1, maximum: 65535 },
        monitor: {
          properties: {
            interval: { minimum: 1, maximum: 3600 },
            timeout: { minimum: 1, maximum: 86400 },
          },
        },
      },
    });
  });
});
