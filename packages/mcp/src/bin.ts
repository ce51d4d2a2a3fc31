#!/usr/bin/env node
// closeout-mcp: closeout's MCP server for one account over stdio (Claude Desktop, Claude Code, any
// MCP client). stdout carries the protocol, so everything for a person goes to stderr.
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { ConfigError } from './psa-env.js';
import { startFromEnv } from './start.js';

async function main(): Promise<void> {
  const started = await startFromEnv(process.env, process.cwd());
  const transport = new StdioServerTransport();
  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    void started.close().finally(() => process.exit(0));
  };
  transport.onclose = shutdown;
  process.stdin.on('end', shutdown);
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  await started.server.connect(transport);
  process.stderr.write(`${started.summary}\n`);
}

main().catch((error: unknown) => {
  // A configuration problem names the variable; anything else is reported by its message alone
  // (closeout's errors never carry a credential).
  const message =
    error instanceof ConfigError ? error.message : error instanceof Error ? error.message : String(error);
  process.stderr.write(`closeout-mcp: ${message}\n`);
  process.exit(1);
});
