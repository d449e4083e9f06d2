import { parseArgs } from 'node:util';
import { z } from 'zod';
import { shippedCorpus } from '../../engine/topic-model/shipped-corpus';
import { loadEvalPack, readEvalFile } from '../eval/eval-inputs';
import { parseIntentEvalFile } from '../eval/intent-eval-file';
import { compareTopicModels } from '../eval/topic-model-comparison';

z.config({ jitless: true });

const USAGE = `usage: npm run eval:topics -- [<file.tsv> …] [--pack <pack.json>]
  Trains every topic model design on the pack's triggers and the shipped buyer corpus and prints,
  per design: training time, stored size, topic and category accuracy on corpus lines held out
  five ways, and the model's own category top-1 on each evaluation file's last buyer turn.`;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { pack: { type: 'string' }, help: { type: 'boolean', default: false } } });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const pack = await loadEvalPack(values.pack);
  const files = await Promise.all(positionals.map(async (file) => ({ file, cases: parseIntentEvalFile(await readEvalFile(file), file) })));
  const corpus = shippedCorpus();
  console.log(`pack: ${pack.id} ${pack.version} (${pack.phrases.length} phrases); corpus: ${corpus.length} lines`);
  for (const design of compareTopicModels(pack, corpus, files)) {
    const perFile = design.files.map(({ file, categoryTop1, n }) => `${file.split('/').pop()}=${categoryTop1.toFixed(3)}(n=${n})`).join(' ');
    console.log(
      `${design.name.padEnd(12)} train_ms=${design.trainMs.toFixed(0)} model_kb=${design.modelKb.toFixed(0)} heldout_topic=${design.heldOutTopic.toFixed(3)} heldout_category=${design.heldOutCategory.toFixed(3)} ${perFile}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
