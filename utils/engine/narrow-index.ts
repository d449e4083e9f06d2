import type { LibraryIndex } from './library-index-types';
import { narrowPositions } from './positions';
import type { StringColumn } from './string-column';

/**
 * The built index with every column of positions, offsets and counts in the narrowest array
 * that holds it (positions.ts). The builders keep working in Uint32Array; this runs once at the
 * end. For the default pack and a 10k-phrase pack it takes about a fifth off what a waking
 * worker reads back from storage; a 100k library keeps 32 bits where its positions need them.
 */
export function narrowIndex(index: LibraryIndex): LibraryIndex {
  const { phrases, triggers, association, topicModel } = index;
  return {
    ...index,
    phrases: {
      ...phrases,
      ids: narrowColumn(phrases.ids),
      texts: narrowColumn(phrases.texts),
      packOf: narrowPositions(phrases.packOf),
      categoryOf: narrowPositions(phrases.categoryOf),
      shortcuts: narrowColumn(phrases.shortcuts),
      triggerStarts: narrowPositions(phrases.triggerStarts),
      triggers: narrowColumn(phrases.triggers),
      tagStarts: narrowPositions(phrases.tagStarts),
      tags: narrowColumn(phrases.tags),
      topics: narrowColumn(phrases.topics),
    },
    triggers: {
      ...triggers,
      normalized: narrowColumn(triggers.normalized),
      lengths: narrowPositions(triggers.lengths),
      originPhrases: narrowPositions(triggers.originPhrases),
      phraseStarts: narrowPositions(triggers.phraseStarts),
      phraseList: narrowPositions(triggers.phraseList),
    },
    triggerGrams: narrowGramTable(index.triggerGrams),
    phraseTexts: narrowColumn(index.phraseTexts),
    phraseTextGrams: narrowGramTable(index.phraseTextGrams),
    shortcutOrder: narrowPositions(index.shortcutOrder),
    uidOrder: narrowPositions(index.uidOrder),
    categoryPhraseStarts: narrowPositions(index.categoryPhraseStarts),
    categoryPhraseList: narrowPositions(index.categoryPhraseList),
    association: {
      ...association,
      pairStarts: narrowPositions(association.pairStarts),
      pairCategories: narrowPositions(association.pairCategories),
    },
    topicModel: {
      ...topicModel,
      topicCategories: narrowPositions(topicModel.topicCategories),
      pairStarts: narrowPositions(topicModel.pairStarts),
      pairTopics: narrowPositions(topicModel.pairTopics),
    },
    phraseTopics: narrowPositions(index.phraseTopics),
    topicPhraseStarts: narrowPositions(index.topicPhraseStarts),
    topicPhraseList: narrowPositions(index.topicPhraseList),
  };
}

function narrowColumn(column: StringColumn): StringColumn {
  return { text: column.text, ends: narrowPositions(column.ends) };
}

function narrowGramTable(table: LibraryIndex['triggerGrams']): LibraryIndex['triggerGrams'] {
  return {
    ...table,
    frequency: narrowPositions(table.frequency),
    postingStarts: narrowPositions(table.postingStarts),
    postingList: narrowPositions(table.postingList),
  };
}
