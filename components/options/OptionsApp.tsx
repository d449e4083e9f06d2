import { useEffect, useState } from 'react';
import { Layout, Menu, Typography } from 'antd';
import { useI18n } from '../i18n/i18n-provider';
import { LanguageSwitch } from '../language-switch/LanguageSwitch';
import { ConsoleProvider } from '../console/ConsoleProvider';
import { OPTION_SECTIONS } from './option-sections';
import '../theme/theme.css';
import './options.css';

function sectionFromHash(hash: string): string {
  const id = hash.replace(/^#/, '');
  return OPTION_SECTIONS.some((section) => section.id === id) ? id : (OPTION_SECTIONS[0]?.id ?? '');
}

/**
 * 管理话术库: the team lead's console, laid out like the seller back offices leads work in
 * (a side menu of sections, one section at a time; the URL hash names it, so a link can open it).
 */
export function OptionsApp() {
  return (
    <ConsoleProvider>
      <ConsoleLayout />
    </ConsoleProvider>
  );
}

function ConsoleLayout() {
  const { t } = useI18n();
  const [current, setCurrent] = useState(() => sectionFromHash(location.hash));

  useEffect(() => {
    const onHash = () => setCurrent(sectionFromHash(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const section = OPTION_SECTIONS.find((entry) => entry.id === current);
  return (
    <Layout className="hs-root hs-options">
      <Layout.Sider width={208} theme="light" className="hs-options__nav">
        <Typography.Title level={1} className="hs-options__title">
          {t('app.name')}
        </Typography.Title>
        {/* Each item is a real link (Tab reaches it, the hash opens it); the menu only styles it. */}
        <nav aria-label={t('options.navLabel')}>
          <Menu
            mode="inline"
            selectedKeys={[current]}
            items={OPTION_SECTIONS.map((entry) => ({
              key: entry.id,
              label: (
                <a
                  href={`#${entry.id}`}
                  data-testid={`options-nav-${entry.id}`}
                  aria-current={entry.id === current ? 'page' : undefined}
                >
                  {t(entry.label)}
                </a>
              ),
            }))}
          />
        </nav>
        <div className="hs-options__language">
          <LanguageSwitch />
        </div>
      </Layout.Sider>
      <Layout.Content className="hs-options__main">{section?.render()}</Layout.Content>
    </Layout>
  );
}
