#!/usr/bin/env node
// Entry for the `forward-auth` bin: Node 22.18+ strips TypeScript types natively, so the source runs as is.
import "../src/main.ts";
