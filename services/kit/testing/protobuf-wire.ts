/**
 * Just enough of protobuf's wire format to read what an OTLP exporter sends, strictly: a field
 * of a wire type the format does not have, or one running past its message, throws.
 */
export type WireField =
  | { field: number; wire: 0; value: bigint }
  | { field: number; wire: 1; bytes: Uint8Array }
  | { field: number; wire: 2; bytes: Uint8Array }
  | { field: number; wire: 5; bytes: Uint8Array };

/** The fields of one message, in the order sent. */
export function readFields(message: Uint8Array): WireField[] {
  const fields: WireField[] = [];
  let at = 0;
  const varint = (): bigint => {
    let value = 0n;
    for (let shift = 0n; ; shift += 7n) {
      if (at >= message.length || shift > 63n) throw new Error("truncated or overlong varint");
      const byte = message[at++];
      value |= BigInt(byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) return value;
    }
  };
  const take = (length: number): Uint8Array => {
    if (at + length > message.length) throw new Error("field runs past the end of its message");
    const bytes = message.subarray(at, at + length);
    at += length;
    return bytes;
  };
  while (at < message.length) {
    const key = varint();
    const field = Number(key >> 3n);
    const wire = Number(key & 7n);
    if (field === 0) throw new Error("field number 0");
    if (wire === 0) fields.push({ field, wire, value: varint() });
    else if (wire === 1) fields.push({ field, wire, bytes: take(8) });
    else if (wire === 2) fields.push({ field, wire, bytes: take(Number(varint())) });
    else if (wire === 5) fields.push({ field, wire, bytes: take(4) });
    else throw new Error(`wire type ${wire} (field ${field}) is not one OTLP uses`);
  }
  return fields;
}

/** Every length-delimited value of `field`: nested messages, strings, bytes. */
export function messagesOf(fields: WireField[], field: number): Uint8Array[] {
  return fields.flatMap((f) => (f.field === field && f.wire === 2 ? [f.bytes] : []));
}

export function stringOf(fields: WireField[], field: number): string | undefined {
  const [bytes] = messagesOf(fields, field);
  return bytes === undefined ? undefined : new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

export function hexOf(fields: WireField[], field: number): string | undefined {
  const [bytes] = messagesOf(fields, field);
  return bytes === undefined || bytes.length === 0 ? undefined : Buffer.from(bytes).toString("hex");
}

export function varintOf(fields: WireField[], field: number): bigint | undefined {
  const found = fields.find((f) => f.field === field && f.wire === 0);
  return found?.wire === 0 ? found.value : undefined;
}
