// The board.get answer as bytes, made once per board state: the exact body tRPC would send for the
// procedure (`{"result":{"data":…}}`, the data through the API's transformer), its ETag, and each
// compression the first time a browser asks for it (zlib runs on the thread pool, off the event loop).
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { transformer } from '../../api/transformer.js';

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

export type BoardEncoding = 'br' | 'gzip' | 'identity';

export interface BoardBytes {
  /** A quoted strong validator of the JSON body: equal boards have equal tags on any server. */
  etag: string;
  json: Buffer;
  encoded(encoding: BoardEncoding): Promise<Buffer>;
}

export function boardBytes(json: Buffer): BoardBytes {
  const etag = `"${createHash('sha1').update(json).digest('base64url')}"`;
  const made = new Map<BoardEncoding, Promise<Buffer>>([['identity', Promise.resolve(json)]]);
  return {
    etag,
    json,
    encoded(encoding) {
      let result = made.get(encoding);
      if (!result) {
        // Brotli's default (quality 11) takes seconds on a large board; 5 is about gzip's time, smaller.
        result =
          encoding === 'br'
            ? brotli(json, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } })
            : gzip(json, { level: 6 });
        made.set(encoding, result);
      }
      return result;
    },
  };
}

const utf8 = new TextEncoder();
const COMMA = utf8.encode(',');

/**
 * The body tRPC sends for board.get. When every card is plain JSON the transformer sends `{ json: board }`,
 * and joining each card's JSON bytes, made once when the card was scheduled, gives JSON.stringify's own
 * text, without a string of the whole board (at 10,000 cards, tens of megabytes that each change would
 * leave behind); otherwise the whole board goes through the transformer.
 */
export function answerBody(
  header: { today: string; eventId: number },
  columns: { stage: string; cardJson: (Uint8Array | null)[]; cards: unknown[] }[],
): Buffer {
  if (columns.every((column) => column.cardJson.every((part) => part !== null))) {
    const parts: Uint8Array[] = [
      utf8.encode(
        `{"result":{"data":{"json":{"today":${JSON.stringify(header.today)},"eventId":${header.eventId},"columns":[`,
      ),
    ];
    columns.forEach((column, index) => {
      parts.push(utf8.encode(`${index > 0 ? ',' : ''}{"stage":${JSON.stringify(column.stage)},"cards":[`));
      column.cardJson.forEach((card, at) => {
        if (at > 0) parts.push(COMMA);
        parts.push(card!);
      });
      parts.push(utf8.encode(']}'));
    });
    parts.push(utf8.encode(']}}}}'));
    return Buffer.concat(parts);
  }
  const board = {
    today: header.today,
    eventId: header.eventId,
    columns: columns.map(({ stage, cards }) => ({ stage, cards })),
  };
  return Buffer.from(JSON.stringify({ result: { data: transformer.serialize(board) } }));
}

/** A card's JSON, as UTF-8 bytes of their own, when the transformer would send it as plain JSON; else null. */
export function plainCardJson(card: unknown): Uint8Array | null {
  const serialized = transformer.serialize(card) as { json: unknown; meta?: unknown };
  return serialized.meta === undefined ? utf8.encode(JSON.stringify(serialized.json)) : null;
}
