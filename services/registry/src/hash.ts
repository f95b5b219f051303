import { createHash } from "node:crypto";

/** Hex sha256: how the registry tells whether an SDL or a document changed. */
export const sha256 = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");
