import { useMemo, useState } from 'react';
import { Alert, Button, Drawer, Typography } from 'antd';
import { categoryLabel } from '../../../utils/i18n/category-label';
import { allTopics, topicLabel } from '../../../utils/i18n/topic-label';
import { filterPhrases, NO_FILTER, type PhraseFilter } from '../../../utils/library-view/filter-phrases';
import { libraryTree, topicOfPhrase, type TreeNodeKey } from '../../../utils/library-view/library-tree';
import { decodeMoveTarget, moveTargetGroups } from '../../../utils/library-view/move-targets';
import { deletePersonalPhrase, savePersonalPhrase } from '../../../utils/library/personal-phrases';
import { clearPhraseOverride, setPhraseOverride } from '../../../utils/library/phrase-overrides';
import { RESERVED_PACK_IDS } from '../../../utils/library/preview-import';
import { BUILT_IN_CATEGORIES, type Category } from '../../../utils/schemas/category';
import { PERSONAL_PACK_ID, phraseUid, type LibraryPhrase } from '../../../utils/schemas/phrase';
import { changedPhraseIds } from '../../../utils/team-draft/apply-draft';
import { useI18n } from '../../console/use-console-i18n';
import type { OptionsServices } from '../../options/options-services';
import { AddPersonalPhrase } from '../../options/phrases/AddPersonalPhrase';
import { PhraseRow } from '../../options/phrases/PhraseRow';
import { useLibraryStatus } from '../../options/use-library-status';
import { BatchBar } from './BatchBar';
import { CategoryTree } from './CategoryTree';
import { DraftPhraseEditor } from './DraftPhraseEditor';
import { LibraryFilters } from './LibraryFilters';
import { ModeBar, type LibraryMode } from './ModeBar';
import { PhraseDetails } from './PhraseDetails';
import { PhraseTable } from './PhraseTable';
import { PublishedFiles } from './PublishedFiles';
import { useLibraryRows } from './use-library-rows';
import { useSearchHits } from './use-search-hits';
import { DraftBrokenAlert } from './DraftBrokenAlert';
import { errorText, useDraftActions, type DraftNotice } from './use-draft-actions';
import { useTeamDraft } from './use-team-draft';
import './library-console.css';


/** A phrase's pack fields, as savePersonalPhrase takes them (no library bookkeeping). */
function packFields({ uid: _uid, packId: _packId, ...fields }: LibraryPhrase) {
  return fields;
}

/**
 * 话术库: the library as leads think of it — categories › topics on the left, the phrases in a
 * table on the right with search, filters, inline edit and batch actions, a drawer per phrase —
 * in one of two plainly separate modes: 我的话术 (the agent's own phrases and personal edits) or
 * 团队话术包草稿 (a draft of a team pack, published as its next version).
 */
export function LibraryConsole({ services }: { services: OptionsServices }) {
  const { t, lang } = useI18n();
  const { status, refresh } = useLibraryStatus(services);
  const { rows, error: loadError, reload } = useLibraryRows(services, status);
  const [mode, setMode] = useState<LibraryMode>('personal');
  const [packChoice, setPackChoice] = useState('');
  const [filter, setFilter] = useState<PhraseFilter>(NO_FILTER);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [openUid, setOpenUid] = useState<string | null>(null);
  const [notice, setNotice] = useState<DraftNotice | null>(null);

  const packs = status?.packs ?? [];
  const teamPacks = packs.filter((pack) => !RESERVED_PACK_IDS.has(pack.id));
  const draftPackId = teamPacks.some((pack) => pack.id === packChoice) ? packChoice : (teamPacks[0]?.id ?? '');
  const draft = useTeamDraft(services, mode === 'draft' ? draftPackId : '', status?.libraryVersion);
  const { changeDraft, undoDraft, publish, discard, published, closePublished, busy } = useDraftActions(draft, setNotice, async () => {
    setSelected(new Set());
    await refresh();
    await reload();
  });
  const hits = useSearchHits(services, filter.query);
  const draftPack = mode === 'draft' ? draft.view?.draft : undefined;

  const libraryCategories = status?.categories ?? BUILT_IN_CATEGORIES;
  const categories: Category[] = useMemo(() => {
    const known = new Set(libraryCategories.map((category) => category.id));
    return [...libraryCategories, ...(draftPack?.categories ?? []).filter((category) => !known.has(category.id))];
  }, [libraryCategories, draftPack]);
  const topics = useMemo(() => allTopics([...packs.flatMap((pack) => pack.topics), ...(draftPack?.topics ?? [])]), [packs, draftPack]);

  const phrases: LibraryPhrase[] = useMemo(() => {
    if (mode === 'personal') return rows.phrases;
    if (!draftPack) return [];
    return draftPack.phrases.map((phrase) => ({ ...phrase, uid: phraseUid(draftPack.id, phrase.id), packId: draftPack.id }));
  }, [mode, rows.phrases, draftPack]);
  const lockedUids = useMemo(
    () =>
      draftPack
        ? new Set(draftPack.locked.phrases.map((id) => phraseUid(draftPack.id, id)))
        : new Set(packs.flatMap((pack) => pack.locked.phrases.map((id) => phraseUid(pack.id, id)))),
    [draftPack, packs],
  );
  const editedUids = useMemo(
    () =>
      draftPack ? new Set([...changedPhraseIds(draft.view?.changes ?? [])].map((id) => phraseUid(draftPack.id, id))) : new Set(rows.overrides.keys()),
    [draftPack, draft.view, rows.overrides],
  );
  const usedUids = useMemo(() => new Set(rows.usage.keys()), [rows.usage]);
  const tree = useMemo(() => libraryTree(phrases, lockedUids, categories, topics, lang), [phrases, lockedUids, categories, topics, lang]);
  const shown = useMemo(() => filterPhrases(phrases, filter, { lockedUids, usedUids, searchHits: hits }), [phrases, filter, lockedUids, usedUids, hits]);
  const packNames = useMemo(() => new Map(packs.map((pack) => [pack.id, pack.name])), [packs]);
  const packName = (packId: string) => (packId === PERSONAL_PACK_ID ? t('options.phrases.personal') : (packNames.get(packId) ?? packId));
  const sourcePacks = useMemo(
    () => [...new Set(phrases.map((phrase) => phrase.packId))].map((id) => ({ id, name: id === PERSONAL_PACK_ID ? t('options.phrases.personal') : (packNames.get(id) ?? id) })),
    [phrases, packNames, t],
  );
  const targets = useMemo(() => {
    // A draft may only use its own pack's categories and topics (and the built-in ones): what it publishes must import.
    const usable = draftPack ? [...BUILT_IN_CATEGORIES, ...draftPack.categories] : categories;
    return moveTargetGroups(usable, draftPack ? allTopics(draftPack.topics) : topics, lang, t('console.library.general'));
  }, [draftPack, categories, topics, lang, t]);

  const placeOf = (phrase: LibraryPhrase): string => {
    const topic = topicOfPhrase(phrase);
    const category = categoryLabel(phrase.category, categories, lang);
    return phrase.topic === undefined ? `${category} › ${t('console.library.general')}` : `${category} › ${topicLabel(topic, topics, lang)}`;
  };
  const selectable = (phrase: LibraryPhrase) => mode === 'draft' || phrase.packId === PERSONAL_PACK_ID;
  const chosen = shown.filter((phrase) => selected.has(phrase.uid) && selectable(phrase));
  const opened = phrases.find((phrase) => phrase.uid === openUid);
  const db = () => services.library();

  function switchMode(next: LibraryMode) {
    setMode(next);
    setSelected(new Set());
    setOpenUid(null);
    setFilter((previous) => ({ ...previous, node: null, packId: '' }));
    setNotice(null);
  }

  /** One write to the library (我的话术); the refusal (e.g. 🔒 locked) is shown, and returned for a field. */
  async function act(work: () => Promise<unknown>, done: string, undo?: () => void): Promise<string | null> {
    try {
      await work();
    } catch (error) {
      setNotice({ kind: 'error', text: errorText(error) });
      return errorText(error);
    }
    setNotice({ kind: 'ok', text: done, undo });
    await refresh();
    await reload();
    return null;
  }

  async function saveInline(phrase: LibraryPhrase, text: string): Promise<string | null> {
    if (mode === 'draft') return (await changeDraft({ kind: 'edit', id: phrase.id, text }))?.message ?? null;
    return act(
      () => (phrase.packId === PERSONAL_PACK_ID ? savePersonalPhrase(db(), { ...packFields(phrase), text }) : setPhraseOverride(db(), phrase.uid, text)),
      t('options.phrases.saved'),
    );
  }

  function moveChosen(value: string) {
    const target = decodeMoveTarget(value);
    const ids = chosen.map((phrase) => phrase.id);
    setSelected(new Set());
    if (mode === 'draft') {
      void changeDraft({ kind: 'move', ids, category: target.category, ...(target.topic === undefined ? {} : { topic: target.topic }) }, () =>
        t('console.library.moved', { count: ids.length }),
      );
      return;
    }
    const moving = [...chosen];
    void act(async () => {
      for (const phrase of moving) {
        const { topic: _topic, ...fields } = packFields(phrase);
        await savePersonalPhrase(db(), { ...fields, category: target.category, ...(target.topic === undefined ? {} : { topic: target.topic }) });
      }
    }, t('console.library.moved', { count: moving.length }));
  }

  function deleteChosen() {
    const removing = [...chosen];
    setSelected(new Set());
    if (mode === 'draft') {
      void changeDraft({ kind: 'delete', ids: removing.map((phrase) => phrase.id) }, () => t('console.library.deleted', { count: removing.length }));
      return;
    }
    // Undo puts the same phrases back (same ids, so usage and pins still point at them).
    const restore = () =>
      void act(async () => {
        for (const phrase of removing) await savePersonalPhrase(db(), packFields(phrase));
      }, t('console.library.undeleted', { count: removing.length }));
    void act(
      async () => {
        for (const phrase of removing) await deletePersonalPhrase(db(), phrase.id);
      },
      t('console.library.deleted', { count: removing.length }),
      restore,
    );
  }

  return (
    <section className="hs-options-section hs-library" aria-labelledby="phrases-title" data-testid="library-console">
      <header className="hs-options-section__header">
        <h2 id="phrases-title">{t('options.section.phrases')}</h2>
      </header>
      <ModeBar
        mode={mode}
        onMode={switchMode}
        teamPacks={teamPacks}
        packId={draftPackId}
        onPack={(id) => {
          setPackChoice(id);
          setSelected(new Set());
          setFilter(NO_FILTER);
        }}
        draft={mode === 'draft' ? draft.view : null}
        busy={busy}
        onPublish={() => void publish()}
        onUndo={() => void undoDraft()}
        onDiscard={discard}
      />
      {published && <PublishedFiles pack={published} onClose={closePublished} />}
      {mode === 'draft' && draft.error && <DraftBrokenAlert error={draft.error} onDiscard={discard} testId="library-draft-broken" />}
      {loadError && <Alert type="error" showIcon role="alert" title={t('console.library.loadFailed', { message: loadError })} />}
      {mode === 'personal' && (
        <AddPersonalPhrase categories={libraryCategories} onAdd={async (input) => (await act(() => savePersonalPhrase(db(), input), t('options.phrases.added'))) === null} />
      )}
      {notice && (
        <div className="hs-library-notice">
          <Typography.Text role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="phrases-message" type={notice.kind === 'error' ? 'danger' : 'success'}>
            {notice.text}
          </Typography.Text>
          {notice.undo && (
            <Button
              size="small"
              data-testid="notice-undo"
              onClick={() => {
                const undo = notice.undo;
                setNotice(null);
                undo?.();
              }}
            >
              {t('console.library.undo')}
            </Button>
          )}
        </div>
      )}
      <div className="hs-library__body">
        <CategoryTree nodes={tree} total={phrases.length} selected={filter.node} packName={packName} onSelect={(node: TreeNodeKey | null) => setFilter({ ...filter, node })} />
        <div className="hs-library__table">
          <LibraryFilters filter={filter} packs={sourcePacks} onChange={setFilter} />
          {chosen.length > 0 && (
            <BatchBar
              count={chosen.length}
              targets={targets}
              canLock={mode === 'draft'}
              onMove={moveChosen}
              onLock={(locked) => void changeDraft({ kind: 'lock', ids: chosen.map((phrase) => phrase.id), locked })}
              products={mode === 'draft' ? (draftPack?.products.map((product) => product.name) ?? []) : []}
              onScope={(products) => void changeDraft({ kind: 'scope', ids: chosen.map((phrase) => phrase.id), products }, (count) => t('console.products.scope.saved', { count }))}
              onDelete={deleteChosen}
              onClear={() => setSelected(new Set())}
            />
          )}
          <Typography.Text type="secondary" data-testid="options-phrase-count">
            {t('console.library.count', { shown: shown.length, total: phrases.length })}
          </Typography.Text>
          <PhraseTable
            key={mode}
            rows={shown}
            lockedUids={lockedUids}
            editedUids={editedUids}
            editedLabel={t(mode === 'draft' ? 'console.library.draftChanged' : 'options.phrases.edited')}
            usage={rows.usage}
            placeOf={placeOf}
            packName={packName}
            selectable={selectable}
            selected={selected}
            onSelected={setSelected}
            onOpen={(uid) => {
              setOpenUid(uid);
              // Uses are counted without a new library stamp (they do not change the index): read them afresh.
              void reload();
            }}
            onInlineSave={saveInline}
          />
        </div>
      </div>
      <Drawer
        open={opened !== undefined}
        size={560}
        title={t('console.library.drawer.title')}
        closable={{ 'aria-label': t('console.library.drawer.close') }}
        onClose={() => setOpenUid(null)}
        data-testid="phrase-drawer"
      >
        {opened &&
          (mode === 'draft' ? (
            <DraftPhraseEditor
              key={`${opened.uid}-${draft.view?.changes.length ?? 0}`}
              phrase={opened}
              locked={lockedUids.has(opened.uid)}
              products={draftPack?.products.map((product) => product.name)}
              onChange={(change) => changeDraft(change)}
            />
          ) : (
            <PhraseRow
              key={opened.uid}
              services={services}
              phrase={opened}
              categoryName={placeOf(opened)}
              locked={lockedUids.has(opened.uid)}
              override={rows.overrides.get(opened.uid)}
              onSave={async (text) =>
                (await act(
                  () => (opened.packId === PERSONAL_PACK_ID ? savePersonalPhrase(db(), { ...packFields(opened), text }) : setPhraseOverride(db(), opened.uid, text)),
                  t('options.phrases.saved'),
                )) === null
              }
              onRestore={async () => (await act(() => clearPhraseOverride(db(), opened.uid), t('options.phrases.restored'))) === null}
              onDelete={async () => {
                const removed = opened;
                setOpenUid(null);
                return (
                  (await act(
                    () => deletePersonalPhrase(db(), removed.id),
                    t('console.library.deleted', { count: 1 }),
                    () => void act(() => savePersonalPhrase(db(), packFields(removed)), t('console.library.undeleted', { count: 1 })),
                  )) === null
                );
              }}
            />
          ))}
        {opened && <PhraseDetails key={`details-${opened.uid}`} services={services} phrase={opened} usage={rows.usage.get(opened.uid)} categories={categories} showTriggers={mode !== 'draft'} />}
      </Drawer>
    </section>
  );
}
