// newsgraph's command line: `newsgraph <command> [options]`.
import { isUsageError } from './commands/usage-error.ts';
import { ConfigurationError } from './db/provider.ts';

// Each command is imported when run, so `serve` does not load extraction's data unless it seeds.
const commands: Record<string, { run: (args: string[]) => Promise<number>; help: string }> = {
  serve: {
    run: async (args) => (await import('./commands/serve.ts')).serveCommand(args),
    help: 'serve [--port N] [--no-seed]    migrate, seed when empty, and serve the GraphQL API',
  },
  seed: {
    run: async (args) => (await import('./commands/seed.ts')).seedCommand(args),
    help: 'seed [DIR]                      ingest every *.txt under DIR (default seed/articles)',
  },
  migrate: {
    run: async (args) => (await import('./commands/migrate.ts')).migrateCommand(args),
    help: 'migrate [--create NAME]         apply pending migrations, or create the next one',
  },
  extract: {
    run: async (args) => (await import('./commands/extract.ts')).extractCommand(args),
    help: 'extract --format gold FILE...   print what extraction finds in article files',
  },
};

function usage(): string {
  return ['usage: newsgraph <command> [options]', '', ...Object.values(commands).map((c) => `  ${c.help}`)].join('\n');
}

/** The first line of an error's message: a CLI error is one line, not a stack. */
function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n').map((line) => line.trim()).find(Boolean) ?? String(error);
}

const [name, ...args] = process.argv.slice(2);
const command = name ? commands[name] : undefined;
if (!command) {
  console.error(name && name !== '--help' ? `unknown command: ${name}\n\n${usage()}` : usage());
  process.exitCode = name === '--help' ? 0 : 2;
} else {
  try {
    process.exitCode = await command.run(args);
  } catch (error) {
    // NEWSGRAPH_DEBUG=1 shows the whole error, stack included, for bug reports.
    if (process.env.NEWSGRAPH_DEBUG) console.error(error);
    if (error instanceof ConfigurationError) {
      // A setting the project cannot use (DATABASE_URL's scheme, DATABASE_POOL_SIZE): its own message.
      console.error(`newsgraph ${name}: ${error.message}`);
      process.exitCode = 2;
    } else if (isUsageError(error)) {
      console.error(`newsgraph ${name}: ${oneLine(error)} (usage: newsgraph ${command.help.replace(/\s{2,}.*$/, '')})`);
      process.exitCode = 2;
    } else {
      console.error(`newsgraph ${name}: ${oneLine(error)}`);
      process.exitCode = 1;
    }
  }
}
