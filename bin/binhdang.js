#!/usr/bin/env node
// The project runs TypeScript directly on Node 24 (type stripping): no build step for the server.
import '../cli/main.ts';
