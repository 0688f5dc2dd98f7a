// The install rule of .yarn/plugins/skip-missing-optional.cjs: the lockfile decides,
// the registry is asked only about descriptors the lockfile does not know.
// Run: node --test scripts/   (./dev test runs it)
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { structUtils } = require('@yarnpkg/core');
const plugin = require(path.join(__dirname, '../.yarn/plugins/skip-missing-optional.cjs'));

const { reduceDependency } = plugin.factory(name => require(name)).hooks;

const rollup = structUtils.parseIdent('rollup');
const binary = structUtils.parseIdent('@rollup/rollup-android-arm-eabi');
const wanted = structUtils.makeDescriptor(binary, 'npm:4.68.7');
const fallback = structUtils.makeDescriptor(binary, 'npm:*');

function setup({ locked = [], registryHas = false, optional = true }) {
  const asked = [];
  const project = {
    storedResolutions: new Map(locked.map(d => [d.descriptorHash, 'locator'])),
  };
  const pkg = {
    ...structUtils.makeLocator(rollup, 'npm:4.68.7'),
    dependenciesMeta: new Map([
      [structUtils.stringifyIdent(binary), new Map([[null, { optional }]])],
    ]),
  };
  const resolver = {
    bindDescriptor: d => d,
    getCandidates: async d => {
      asked.push(structUtils.stringifyDescriptor(d));
      return registryHas ? [structUtils.makeLocator(binary, d.range)] : [];
    },
  };
  const run = dep => reduceDependency(dep, project, pkg, dep, { resolver, resolveOptions: {} });
  return { run, asked };
}

const quietly = async fn => {
  const error = console.error;
  console.error = () => {};
  try {
    return await fn();
  } finally {
    console.error = error;
  }
};

test('a descriptor the lockfile resolves is kept, without asking the registry', async () => {
  const { run, asked } = setup({ locked: [wanted], registryHas: false });
  assert.equal((await run(wanted)).range, 'npm:4.68.7');
  assert.deepEqual(asked, []);
});

test('a locked npm:* fallback is kept even when the registry has gained the version', async () => {
  // The failure this rule prevents: the fallback was locked on a day the version was
  // missing; the registry has it now; an immutable install must still match yarn.lock.
  const { run, asked } = setup({ locked: [fallback], registryHas: true });
  assert.equal((await run(wanted)).range, 'npm:*');
  assert.deepEqual(asked, []);
});

test('a descriptor in neither is checked against the registry: kept when it exists', async () => {
  const { run, asked } = setup({ registryHas: true });
  assert.equal((await run(wanted)).range, 'npm:4.68.7');
  assert.deepEqual(asked, ['@rollup/rollup-android-arm-eabi@npm:4.68.7']);
});

test('a descriptor in neither and missing from the registry is re-pointed to npm:*', async () => {
  const { run } = setup({ registryHas: false });
  assert.equal((await quietly(() => run(wanted))).range, 'npm:*');
});

test('required dependencies are never touched', async () => {
  const { run, asked } = setup({ registryHas: false, optional: false });
  assert.equal((await run(wanted)).range, 'npm:4.68.7');
  assert.deepEqual(asked, []);
});
