/**
 * The simple JSONPath that CRD printer columns use (`.spec.pool.service`,
 * `.status.conditions[0].type`, `.metadata.labels['app.kubernetes.io/name']`):
 * field names, bracketed quoted keys and array indexes. Returns undefined
 * when any step is missing, as the API server then prints no value.
 */
export function parseJsonPath(path: string): Array<string | number> {
  const steps: Array<string | number> = [];
  const text = path.trim().replace(/^\{(.*)\}$/, '$1');
  let i = text.startsWith('$') ? 1 : 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '.') {
      let name = '';
      i++;
      while (i < text.length && text[i] !== '.' && text[i] !== '[') {
        // `\.` keeps a dot inside a field name.
        if (text[i] === '\\' && text[i + 1] === '.') i++;
        name += text[i++];
      }
      if (name === '') throw new Error(`empty field name in JSONPath ${path}`);
      steps.push(name);
    } else if (ch === '[') {
      const close = text.indexOf(']', i);
      if (close < 0) throw new Error(`unclosed [ in JSONPath ${path}`);
      const inner = text.slice(i + 1, close).trim();
      const quoted = /^(['"])(.*)\1$/.exec(inner);
      if (quoted) steps.push(quoted[2]);
      else if (/^-?\d+$/.test(inner)) steps.push(Number(inner));
      else throw new Error(`unsupported JSONPath step [${inner}] in ${path}`);
      i = close + 1;
    } else {
      throw new Error(`unexpected '${ch}' in JSONPath ${path}`);
    }
  }
  return steps;
}

export function evaluateJsonPath(value: unknown, path: string): unknown {
  let current: any = value;
  for (const step of parseJsonPath(path)) {
    if (current === null || typeof current !== 'object') return undefined;
    if (typeof step === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = current[step < 0 ? current.length + step : step];
    } else {
      if (Array.isArray(current)) return undefined;
      current = current[step];
    }
    if (current === undefined) return undefined;
  }
  return current;
}
