import { useState, type FormEvent } from 'react';
import { Button, Card, Flex, Form, Input, Select, Typography } from 'antd';
import { overrideFromForm, overridePack, type OverrideFormResult } from '../../utils/console-sections/override-form';
import { packToJson } from '../../utils/packs/pack-to-csv';
import { CLIENT_SELECTOR_LISTS, OVERRIDABLE_CLIENTS, publishedListNames, type OverridableClient } from '../../utils/schemas/site-lists';
import type { SiteOverride } from '../../utils/schemas/site-override';
import { builtInList } from '../../utils/sites/site-overrides';
import { useI18n } from '../console/use-console-i18n';
import { downloadFile } from '../options/download-file';
import { SiteOverrideTry } from './SiteOverrideTry';
import type { SiteOverridesServices } from './site-overrides-services';

type FieldErrors = Partial<Record<'client' | 'list' | 'selectors', string>>;

/**
 * Writing one override, like the custom-site form: a client, one of its published list names,
 * the selectors one per line. Checked with the pack format's own schema; 保存到草稿 adds it to
 * the team draft (one change), 试一试 reads an open tab of the client with it, 导出为话术包
 * downloads a pack that carries it.
 */
export function SiteOverrideForm({
  existing,
  services,
  onSave,
}: {
  /** The draft's overrides: the client's other lists are kept when one list is written. */
  existing: readonly SiteOverride[];
  services: SiteOverridesServices;
  onSave: (override: SiteOverride) => Promise<string | null>;
}) {
  const { t } = useI18n();
  const [client, setClient] = useState<OverridableClient>(OVERRIDABLE_CLIENTS[0] ?? 'pinduoduo');
  const [list, setList] = useState<string>('message');
  const [selectorsText, setSelectorsText] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const names = publishedListNames(client);
  const chosenList = names.includes(list) ? list : (names[0] ?? '');

  function check(): OverrideFormResult {
    const result = overrideFromForm({ client, list: chosenList, selectorsText }, existing.find((entry) => entry.client === client));
    setErrors(result.ok ? {} : { [result.field]: result.message });
    return result;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = check();
    if (!result.ok) return;
    const problem = await onSave(result.override);
    if (problem) setErrors({ selectors: problem });
  }

  function exportPack() {
    const result = check();
    if (!result.ok) return;
    const pack = overridePack(result.override);
    downloadFile({ fileName: `${pack.id}-${pack.version}.json`, mimeType: 'application/json', text: packToJson(pack) });
  }

  const ids = { client: 'site-override-client', list: 'site-override-list', selectors: 'site-override-selectors' };
  return (
    <Card title={<h3 className="hs-console-card-title">{t('console.overrides.form.title')}</h3>} data-testid="site-override-form">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Form layout="vertical" component={false}>
          <Flex gap="middle" wrap>
            <Form.Item label={t('console.overrides.form.client')} htmlFor={ids.client} validateStatus={errors.client ? 'error' : undefined} help={errors.client}>
              <Select
                id={ids.client}
                style={{ minWidth: 200 }}
                value={client}
                data-testid="site-override-client"
                options={OVERRIDABLE_CLIENTS.map((id) => ({ value: id, label: `${t(`console.overrides.client.${id}`)} (${id}, v${CLIENT_SELECTOR_LISTS[id].adapterVersion})` }))}
                onChange={(value: OverridableClient) => setClient(value)}
              />
            </Form.Item>
            <Form.Item label={t('console.overrides.form.list')} htmlFor={ids.list} validateStatus={errors.list ? 'error' : undefined} help={errors.list}>
              <Select
                id={ids.list}
                style={{ minWidth: 220 }}
                value={chosenList}
                data-testid="site-override-list"
                showSearch
                options={names.map((name) => ({ value: name, label: name }))}
                onChange={(value: string) => setList(value)}
              />
            </Form.Item>
          </Flex>
          <Typography.Paragraph type="secondary" data-testid="site-override-current">
            {t('console.overrides.form.current', { selectors: builtInList(client, chosenList).join('  ·  ') })}
          </Typography.Paragraph>
          <Form.Item
            label={t('console.overrides.form.selectors')}
            htmlFor={ids.selectors}
            validateStatus={errors.selectors ? 'error' : undefined}
            help={errors.selectors ?? t('console.overrides.form.selectorsHint')}
          >
            <Input.TextArea
              id={ids.selectors}
              rows={4}
              value={selectorsText}
              data-testid="site-override-selectors"
              onChange={(event) => setSelectorsText(event.target.value)}
            />
          </Form.Item>
          <Flex gap="small" wrap>
            <Button type="primary" htmlType="submit" data-testid="site-override-save">
              {t('console.overrides.form.save')}
            </Button>
            <Button onClick={exportPack} data-testid="site-override-export">
              {t('console.overrides.form.export')}
            </Button>
          </Flex>
        </Form>
      </form>
      <div className="hs-site-overrides__try">
        <SiteOverrideTry client={client} services={services} build={() => {
            const result = check();
            return result.ok ? result.override : null;
          }} />
      </div>
    </Card>
  );
}
