import { useId, useState, type ReactNode } from 'react';
import { Button, Card, Input, Popconfirm, Space, Typography } from 'antd';
import { formToProduct, productToForm, PRODUCT_FIELDS, type ProductField, type ProductForm } from '../../../utils/library-view/product-form';
import type { Product } from '../../../utils/schemas/product';
import type { FieldProblem } from '../library/DraftPhraseEditor';
import { useI18n } from '../../console/use-console-i18n';
import { FactRowsEditor } from './FactRowsEditor';

/**
 * A product in the team pack's draft: name, keywords, item ids, facts and SKU rows (each with
 * its facts). 保存到草稿 is one `product-put` change; the form's problems (the product format's
 * messages) and the draft's refusal (a name another product has …) show on their field.
 */
export function ProductEditor({
  product,
  onSave,
  onDelete,
}: {
  /** Absent: a new product. */
  product?: Product | undefined;
  onSave: (product: Product) => Promise<FieldProblem | null>;
  onDelete?: (() => Promise<FieldProblem | null>) | undefined;
}) {
  const { t } = useI18n();
  const ids = { name: useId(), keywords: useId(), ids: useId(), facts: useId(), skus: useId() };
  const [form, setForm] = useState<ProductForm>(() => productToForm(product));
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const set = (patch: Partial<ProductForm>) => setForm((current) => ({ ...current, ...patch }));

  const known = new Set<string>(PRODUCT_FIELDS);
  const general = Object.entries(errors).find(([field, message]) => message && !known.has(field))?.[1];

  async function save() {
    const result = formToProduct(form);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    const problem = await onSave(result.product);
    setErrors(problem ? { [problem.field ?? 'general']: problem.message } : {});
  }

  const field = (name: ProductField, label: string, control: ReactNode) => (
    <div className="hs-library-field">
      {name === 'facts' || name === 'skus' ? <Typography.Text id={ids[name]}>{label}</Typography.Text> : <label htmlFor={ids[name]}>{label}</label>}
      {control}
      {errors[name] && (
        <Typography.Text type="danger" role="alert" data-testid={`product-error-${name}`} className="hs-library-inline__error">
          {errors[name]}
        </Typography.Text>
      )}
    </div>
  );

  return (
    <div className="hs-product-editor" data-testid="product-editor">
      {field(
        'name',
        t('console.products.edit.name'),
        <Input id={ids.name} data-testid="product-edit-name" status={errors.name ? 'error' : undefined} value={form.name} onChange={(event) => set({ name: event.target.value })} />,
      )}
      {field(
        'keywords',
        t('console.products.edit.keywords'),
        <Input.TextArea id={ids.keywords} data-testid="product-edit-keywords" autoSize={{ minRows: 2, maxRows: 6 }} value={form.keywords} onChange={(event) => set({ keywords: event.target.value })} />,
      )}
      {field(
        'ids',
        t('console.products.edit.ids'),
        <Input.TextArea id={ids.ids} data-testid="product-edit-ids" autoSize={{ minRows: 1, maxRows: 6 }} status={errors.ids ? 'error' : undefined} value={form.ids} onChange={(event) => set({ ids: event.target.value })} />,
      )}
      {field(
        'facts',
        t('console.products.edit.facts'),
        <div role="group" aria-labelledby={ids.facts}>
          <FactRowsEditor
            rows={form.facts}
            onChange={(facts) => set({ facts })}
            testId="product-facts-edit"
            labels={{
              name: (index) => t('console.products.edit.factName', { index }),
              value: (index) => t('console.products.edit.factValue', { index }),
              remove: (index) => t('console.products.edit.removeFact', { index }),
              add: t('console.products.edit.addFact'),
            }}
          />
        </div>,
      )}
      {field(
        'skus',
        t('console.products.edit.skus'),
        <div role="group" aria-labelledby={ids.skus} className="hs-product-editor__skus">
          {form.skus.map((sku, index) => {
            const number = index + 1;
            const update = (patch: Partial<ProductForm['skus'][number]>) => set({ skus: form.skus.map((entry, at) => (at === index ? { ...entry, ...patch } : entry)) });
            return (
              <Card key={index} size="small" data-testid="product-sku-edit">
                <Space.Compact style={{ width: '100%' }}>
                  <Input aria-label={t('console.products.edit.skuName', { index: number })} data-testid="product-sku-name" value={sku.name} onChange={(event) => update({ name: event.target.value })} />
                  <Button aria-label={t('console.products.edit.removeSku', { index: number })} onClick={() => set({ skus: form.skus.filter((_, at) => at !== index) })}>
                    ×
                  </Button>
                </Space.Compact>
                <FactRowsEditor
                  rows={sku.facts}
                  onChange={(facts) => update({ facts })}
                  testId="product-sku-facts-edit"
                  labels={{
                    name: (fact) => t('console.products.edit.skuFactName', { sku: number, index: fact }),
                    value: (fact) => t('console.products.edit.skuFactValue', { sku: number, index: fact }),
                    remove: (fact) => t('console.products.edit.removeSkuFact', { sku: number, index: fact }),
                    add: t('console.products.edit.addSkuFact', { sku: number }),
                  }}
                />
              </Card>
            );
          })}
          <Button size="small" data-testid="product-sku-add" onClick={() => set({ skus: [...form.skus, { name: '', facts: [] }] })}>
            {t('console.products.edit.addSku')}
          </Button>
        </div>,
      )}
      {general && (
        <Typography.Text type="danger" role="alert" data-testid="product-error" className="hs-library-inline__error">
          {general}
        </Typography.Text>
      )}
      <Space wrap>
        <Button type="primary" data-testid="product-save" onClick={() => void save()}>
          {t('console.products.edit.save')}
        </Button>
        {onDelete && product && (
          <Popconfirm
            title={t('console.products.edit.confirmDelete', { name: product.name })}
            okText={t('console.products.edit.confirmOk')}
            cancelText={t('console.products.edit.cancel')}
            onConfirm={() => void onDelete().then((problem) => setErrors(problem ? { [problem.field ?? 'general']: problem.message } : {}))}
          >
            <Button danger data-testid="product-delete">
              {t('console.products.edit.delete')}
            </Button>
          </Popconfirm>
        )}
      </Space>
    </div>
  );
}
