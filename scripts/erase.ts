/**
 * `npm run erase -- --conversation ID [--channel CHANNEL]` or `npm run erase -- --debtor ID`:
 * removes a citizen's conversation data from the MongoDB named by MONGODB_URI (the right to
 * erasure). Prints what was deleted per collection as JSON. Exit codes: 0 done, 2 bad usage.
 */
import { MongoClient } from 'mongodb';
import { ConversationEraser } from '../adapters/storage/retentionErasure';
import { startDatabaseCommand } from './databaseCommand';

export interface EraseRequest {
  conversation?: string;
  channel?: string;
  debtor?: string;
}

const USAGE = 'usage: npm run erase -- --conversation ID [--channel CHANNEL] | --debtor ID';

export function parseEraseArgs(argv: string[]): EraseRequest {
  const request: EraseRequest = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (!['--conversation', '--channel', '--debtor'].includes(flag))
      throw new Error(`unknown argument "${flag}"\n${USAGE}`);
    if (value === undefined || value.startsWith('--') || value.trim() === '')
      throw new Error(`${flag} needs a value\n${USAGE}`);
    request[flag.slice(2) as keyof EraseRequest] = value;
    i++;
  }
  if (Boolean(request.conversation) === Boolean(request.debtor))
    throw new Error(`give exactly one of --conversation and --debtor\n${USAGE}`);
  if (request.channel && !request.conversation)
    throw new Error(`--channel goes with --conversation\n${USAGE}`);
  return request;
}

export async function erase(
  eraser: ConversationEraser,
  request: EraseRequest,
): Promise<Record<string, number>> {
  if (request.debtor) return eraser.eraseDebtor(request.debtor);
  return eraser.eraseConversation(request.conversation!, request.channel);
}

async function main(): Promise<void> {
  const { request, config } = startDatabaseCommand(
    parseEraseArgs,
    'the embedded database lives only inside a running assistant, there is nothing to erase.',
  );
  const client = new MongoClient(config.mongodbUri, { serverSelectionTimeoutMS: 5000 });
  try {
    await client.connect();
    const report = await erase(new ConversationEraser(client.db(config.mongodbDb)), request);
    console.log(
      JSON.stringify(
        {
          erased: request.debtor ? { debtor: request.debtor } : { conversation: request.conversation },
          deleted: report,
        },
        null,
        2,
      ),
    );
  } finally {
    await client.close();
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error(`erase failed: ${(err as Error)?.name ?? 'Error'}`);
    process.exit(1);
  });
}
