// superjson on the wire, with a fast path: most answers (the board above all) hold only strings,
// numbers, booleans, arrays and plain objects, and superjson's walk costs ten times JSON's on them.
// Such a value goes out as `{ json: value }`, exactly what superjson itself would send, so the
// client's plain superjson reads both.
import type { TRPCDataTransformer } from '@trpc/server';
import superjson from 'superjson';

function isPlainJson(value: unknown): boolean {
  if (value === null) return true;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (Array.isArray(value)) return value.every(isPlainJson);
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return false;
      for (const key in value) if (!isPlainJson((value as Record<string, unknown>)[key])) return false;
      return true;
    }
    default:
      return false; // undefined, bigint, symbol, function
  }
}

export const transformer: TRPCDataTransformer = {
  serialize: (value: unknown) => (isPlainJson(value) ? { json: value } : superjson.serialize(value)),
  deserialize: (value) => superjson.deserialize(value as Parameters<typeof superjson.deserialize>[0]),
};
