import { useMemo, useState } from 'react';
import { Alert, Button, Drawer, Typography } from 'antd';
import { filterBySearch } from '../../../utils/console-sections/table-search';
import { productRows, productSearchTexts } from '../../../utils/library-view/product-rows';
import { RESERVED_PACK_IDS } from '../../../utils/library/preview-import';
import type { Product } from '../../../utils/schemas/product';
import { changedProductNames } from '../../../utils/team-draft/apply-draft';
import { ConsoleSection } from '../../console-section/ConsoleSection';
import { TableSearch } from '../../console-section/TableSearch';
import { useI18n } from '../../console/use-console-i18n';
import { ImportDialog } from '../../options/packs/ImportDialog';
import type { OptionsServices } from '../../options/options-services';
import { useLibraryStatus } from '../../options/use-library-status';
import type { FieldProblem } from '../library/DraftPhraseEditor';
import { ModeBar, type LibraryMode } from '../library/ModeBar';
import { PublishedFiles } from '../library/PublishedFiles';
import { DraftBrokenAlert } from '../library/DraftBrokenAlert';
import { useDraftActions, type DraftNotice } from '../library/use-draft-actions';
import { useTeamDraft } from '../library/use-team-draft';
import { ProductDetails } from './ProductDetails';
import { ProductEditor } from './ProductEditor';
import { ProductTable } from './ProductTable';
import { useInstalledPacks } from './use-installed-packs';
import '../library/library-console.css';
import './products.css';

/** The drawer: a product's uid, or a new product being added. */
const NEW = '';

/**
 * 商品: the installed packs' products with their facts, SKUs and scoped phrases, read-only as
 * agents see them; in the draft of a team pack the lead adds, edits and deletes products (each
 * save one change of the draft, checked against the pack format, undone with 撤销) and publishes
 * them with the rest through 发布新版本. 导入商品表 opens the packs' import wizard.
 */
export function ProductsSection({ services }: { services: OptionsServices }) {
  const { t } = useI18n();
  const { status, refresh } = useLibraryStatus(services);
  const installed = useInstalledPacks(services, status);
  const [mode, setMode] = useState<LibraryMode>('personal');
  const [packChoice, setPackChoice] = useState('');
  const [query, setQuery] = useState('');
  const [openUid, setOpenUid] = useState<string | null>(null);
  const [notice, setNotice] = useState<DraftNotice | null>(null);
  const [importing, setImporting] = useState(false);

  const teamPacks = (status?.packs ?? []).filter((pack) => !RESERVED_PACK_IDS.has(pack.id));
  // Unless the lead chose one: the first team pack that has products (the default pack, installed first, usually has none).
  const withProducts = new Set(installed.packs.filter((pack) => pack.products.length > 0).map((pack) => pack.id));
  const draftPackId = teamPacks.some((pack) => pack.id === packChoice) ? packChoice : ((teamPacks.find((pack) => withProducts.has(pack.id)) ?? teamPacks[0])?.id ?? '');
  const draft = useTeamDraft(services, mode === 'draft' ? draftPackId : '', status?.libraryVersion);
  const draftView = mode === 'draft' ? draft.view : null;
  const { changeDraft, undoDraft, publish, discard, published, closePublished, busy } = useDraftActions(draft, setNotice, refresh);

  const rows = useMemo(() => productRows(draftView ? [draftView.draft] : mode === 'draft' ? [] : installed.packs), [draftView, mode, installed.packs]);
  const shown = useMemo(() => filterBySearch(rows, query, productSearchTexts), [rows, query]);
  const changed = useMemo(() => (draftView ? changedProductNames(draftView.base, draftView.draft) : new Set<string>()), [draftView]);
  const opened = rows.find((row) => row.uid === openUid);

  function switchMode(next: LibraryMode) {
    setMode(next);
    setOpenUid(null);
    setNotice(null);
  }

  async function saveProduct(previous: Product | undefined, product: Product): Promise<FieldProblem | null> {
    const problem = await changeDraft({ kind: 'product-put', ...(previous ? { name: previous.name } : {}), product }, (count) =>
      t('console.products.saved', { name: product.name, count }),
    );
    // The drawer follows the product (a new one, or a rename, has a new uid).
    if (!problem && draftView) setOpenUid(`${draftView.draft.id}/${product.name}`);
    return problem;
  }

  async function deleteProduct(product: Product): Promise<FieldProblem | null> {
    const problem = await changeDraft({ kind: 'product-delete', names: [product.name] }, (count) => t('console.products.deleted', { name: product.name, count }));
    if (!problem) setOpenUid(null);
    return problem;
  }

  return (
    <ConsoleSection
      id="products"
      title={t('options.section.products')}
      intro={t('console.products.intro')}
      testId="products-section"
      extra={
        <>
          <TableSearch label={t('console.products.search')} value={query} onChange={setQuery} testId="products-search" />
          {mode === 'draft' && draftView && (
            <Button type="primary" data-testid="product-add" onClick={() => setOpenUid(NEW)}>
              {t('console.products.add')}
            </Button>
          )}
          <Button data-testid="products-import" onClick={() => setImporting(true)}>
            {t('console.products.import')}
          </Button>
        </>
      }
    >
      <ModeBar
        mode={mode}
        onMode={switchMode}
        teamPacks={teamPacks}
        packId={draftPackId}
        onPack={(id) => {
          setPackChoice(id);
          setOpenUid(null);
        }}
        draft={draftView}
        busy={busy}
        onPublish={() => void publish()}
        onUndo={() => void undoDraft()}
        onDiscard={discard}
        personalLabel={t('console.products.mode.installed')}
        personalHint={t('console.products.installedHint')}
      />
      {published && <PublishedFiles pack={published} onClose={closePublished} />}
      {mode === 'draft' && draft.error && <DraftBrokenAlert error={draft.error} onDiscard={discard} testId="products-draft-broken" />}
      {installed.error && <Alert type="error" showIcon role="alert" title={t('console.products.loadFailed', { message: installed.error })} />}
      {notice && (
        <Typography.Text role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="products-message" type={notice.kind === 'error' ? 'danger' : 'success'}>
          {notice.text}
        </Typography.Text>
      )}
      <Typography.Text type="secondary" data-testid="products-count">
        {t('console.products.count', { shown: shown.length, total: rows.length })}
      </Typography.Text>
      <ProductTable key={mode} rows={shown} total={rows.length} query={query} editable={draftView !== null} changed={changed} onOpen={setOpenUid} />
      <Drawer
        open={opened !== undefined || (openUid === NEW && draftView !== null)}
        size={620}
        title={opened ? t('console.products.drawer.title', { name: opened.product.name }) : t('console.products.drawer.new')}
        closable={{ 'aria-label': t('console.products.drawer.close') }}
        onClose={() => setOpenUid(null)}
        data-testid="product-drawer"
      >
        {draftView && (opened || openUid === NEW) && (
          <ProductEditor
            key={`${openUid}-${draftView.changes.length}`}
            product={opened?.product}
            onSave={(product) => saveProduct(opened?.product, product)}
            onDelete={opened ? () => deleteProduct(opened.product) : undefined}
          />
        )}
        {opened && (
          <ProductDetails
            key={`details-${opened.uid}`}
            row={opened}
            showSummary={!draftView}
            onUnscope={
              draftView
                ? (id, products) => void changeDraft({ kind: 'scope', ids: [id], products: [...products] }, (count) => t('console.products.scope.saved', { count }))
                : undefined
            }
          />
        )}
      </Drawer>
      {importing && (
        <ImportDialog
          services={services}
          categories={status?.categories ?? []}
          onClose={() => setImporting(false)}
          onImported={(text) => {
            setNotice({ kind: 'ok', text });
            void refresh();
          }}
        />
      )}
    </ConsoleSection>
  );
}
