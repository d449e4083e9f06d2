import { useCallback, useEffect, useMemo, useState } from 'react';
import { categoryLabel } from '../../../utils/i18n/category-label';
import { allTopics, topicLabel } from '../../../utils/i18n/topic-label';
import { useI18n } from '../../i18n/i18n-provider';
import { deletePersonalPhrase, savePersonalPhrase } from '../../../utils/library/personal-phrases';
import { clearPhraseOverride, listPhraseOverrides, setPhraseOverride, type OverrideView } from '../../../utils/library/phrase-overrides';
import { PERSONAL_PACK_ID, type LibraryPhrase } from '../../../utils/schemas/phrase';
import type { OptionsServices } from '../options-services';
import { useLibraryStatus } from '../use-library-status';
import { AddPersonalPhrase } from './AddPersonalPhrase';
import { CategoryOptions } from './CategoryOptions';
import { BulkActions } from './BulkActions';
import { loadAllPhrases } from './load-all-phrases';
import { PhraseListRow, PHRASE_ROW_HEIGHT } from './PhraseListRow';
import { PhraseRow } from './PhraseRow';
import { VirtualList } from './VirtualList';

/** The background's search answers at most this many phrases; an empty search browses them all. */
const SEARCH_LIMIT = 200;
const LIST_HEIGHT = 480;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** 话术: find a phrase, reword it for yourself (unless locked), add and delete your own phrases. */
export function PhrasesSection({ services }: { services: OptionsServices }) {
  const { t, lang } = useI18n();
  const { status, refresh } = useLibraryStatus(services);
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState('');
  const [topic, setTopic] = useState('');
  const [phrases, setPhrases] = useState<LibraryPhrase[]>([]);
  const [overrides, setOverrides] = useState<ReadonlyMap<string, OverrideView>>(new Map());
  const [selectedUid, setSelectedUid] = useState<string | null>(null);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const reload = useCallback(async () => {
    const db = services.library();
    const [found, edits] = await Promise.all([
      query.trim() === '' ? loadAllPhrases(db) : services.call('searchPhrases', { query, limit: SEARCH_LIMIT }),
      listPhraseOverrides(db),
    ]);
    setPhrases(found);
    setOverrides(new Map(edits.map((edit) => [edit.uid, edit])));
  }, [services, query]);

  // Again when the query changes or the library does (the status object changes only then).
  useEffect(() => {
    void reload();
  }, [reload, status]);

  /** Runs one write; false (and the refusal shown, e.g. 🔒 locked) when the library said no. */
  async function act(work: () => Promise<unknown>, done: string): Promise<boolean> {
    try {
      await work();
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error) });
      return false;
    }
    setMessage({ kind: 'ok', text: done });
    await refresh();
    await reload();
    return true;
  }

  const lockedUids = useMemo(
    () => new Set((status?.packs ?? []).flatMap((pack) => pack.locked.phrases.map((id) => `${pack.id}/${id}`))),
    [status],
  );
  const topics = useMemo(() => allTopics((status?.packs ?? []).flatMap((pack) => pack.topics)), [status]);
  const shown = useMemo(
    () => phrases.filter((phrase) => (category === '' || phrase.category === category) && (topic === '' || phrase.topic === topic)),
    [phrases, category, topic],
  );
  /** 分类 › 子类, as the list shows where a phrase sits. */
  const placeOf = (phrase: LibraryPhrase): string =>
    phrase.topic ? `${categoryLabel(phrase.category, categories, lang)} › ${topicLabel(phrase.topic, topics, lang)}` : categoryLabel(phrase.category, categories, lang);
  const selected = phrases.find((phrase) => phrase.uid === selectedUid);
  const categories = status?.categories ?? [];
  const checkedPersonal = phrases.filter((phrase) => checked.has(phrase.uid));
  const db = () => services.library();

  return (
    <section className="hs-options-section" aria-labelledby="phrases-title">
      <header className="hs-options-section__header">
        <h2 id="phrases-title">{t('options.section.phrases')}</h2>
      </header>
      <AddPersonalPhrase
        categories={categories}
        onAdd={(input) => act(() => savePersonalPhrase(db(), input), t('options.phrases.added'))}
      />
      <div className="hs-options-actions">
        <input
          type="search"
          className="hs-options-search"
          data-testid="options-phrase-search"
          aria-label={t('options.phrases.searchPlaceholder')}
          placeholder={t('options.phrases.searchPlaceholder')}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
        />
        <select
          aria-label={t('options.phrases.category')}
          data-testid="options-category-filter"
          value={category}
          onChange={(event) => {
            setCategory(event.currentTarget.value);
            setTopic('');
          }}
        >
          <option value="">{t('options.phrases.allCategories')}</option>
          <CategoryOptions categories={categories} />
        </select>
        <select aria-label={t('options.phrases.topic')} data-testid="options-topic-filter" value={topic} onChange={(event) => setTopic(event.currentTarget.value)}>
          <option value="">{t('options.phrases.allTopics')}</option>
          {topics
            .filter((entry) => category === '' || entry.category === category)
            .map((entry) => (
              <option key={entry.id} value={entry.id}>
                {category === '' ? `${categoryLabel(entry.category, categories, lang)} › ` : ''}
                {topicLabel(entry.id, topics, lang)}
              </option>
            ))}
        </select>
      </div>
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} data-testid="phrases-message" className={message.kind === 'error' ? 'hs-options-danger' : 'hs-options-notice'}>
          {message.text}
        </p>
      )}
      {selected && (
        <PhraseRow
          key={selected.uid}
          services={services}
          phrase={selected}
          categoryName={placeOf(selected)}
          locked={lockedUids.has(selected.uid)}
          override={overrides.get(selected.uid)}
          onSave={(text) =>
            act(
              () => (selected.packId === PERSONAL_PACK_ID ? savePersonalPhrase(db(), { ...selected, text }) : setPhraseOverride(db(), selected.uid, text)),
              t('options.phrases.saved'),
            )
          }
          onRestore={() => act(() => clearPhraseOverride(db(), selected.uid), t('options.phrases.restored'))}
          onDelete={() => act(() => deletePersonalPhrase(db(), selected.id), t('options.phrases.deleted'))}
        />
      )}
      {checkedPersonal.length > 0 && (
        <BulkActions
          count={checkedPersonal.length}
          categories={categories}
          onDelete={() =>
            act(async () => {
              for (const phrase of checkedPersonal) await deletePersonalPhrase(db(), phrase.id);
              setChecked(new Set());
            }, t('options.phrases.deleted'))
          }
          onMove={(target) =>
            act(async () => {
              for (const phrase of checkedPersonal) await savePersonalPhrase(db(), { ...phrase, category: target });
              setChecked(new Set());
            }, t('options.phrases.saved'))
          }
        />
      )}
      <p className="hs-options-muted" data-testid="options-phrase-count">
        {query.trim() === '' ? t('options.phrases.all', { count: shown.length }) : t('options.phrases.shown', { count: shown.length, limit: SEARCH_LIMIT })}
      </p>
      <VirtualList
        items={shown}
        rowHeight={PHRASE_ROW_HEIGHT}
        height={LIST_HEIGHT}
        testId="options-phrases"
        getKey={(phrase) => phrase.uid}
        renderRow={(phrase) => (
          <PhraseListRow
            phrase={phrase}
            categoryName={placeOf(phrase)}
            locked={lockedUids.has(phrase.uid)}
            edited={overrides.has(phrase.uid)}
            selected={phrase.uid === selectedUid}
            checked={checked.has(phrase.uid)}
            onSelect={() => setSelectedUid(phrase.uid)}
            onCheck={(on) => {
              const next = new Set(checked);
              if (on) next.add(phrase.uid);
              else next.delete(phrase.uid);
              setChecked(next);
            }}
          />
        )}
      />
    </section>
  );
}
