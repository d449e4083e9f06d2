import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import { LanguageSwitch } from '../language-switch/LanguageSwitch';
import { OPTION_SECTIONS } from './option-sections';
import '../theme/theme.css';
import './options.css';

function sectionFromHash(hash: string): string {
  const id = hash.replace(/^#/, '');
  return OPTION_SECTIONS.some((section) => section.id === id) ? id : (OPTION_SECTIONS[0]?.id ?? '');
}

/** 管理话术库: the team lead's page, one section at a time, chosen in the left nav (and the URL hash). */
export function OptionsApp() {
  const { t } = useI18n();
  const [current, setCurrent] = useState(() => sectionFromHash(location.hash));

  useEffect(() => {
    const onHash = () => setCurrent(sectionFromHash(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const section = OPTION_SECTIONS.find((entry) => entry.id === current);
  return (
    <div className="hs-root hs-options">
      <nav className="hs-options__nav" aria-label={t('options.navLabel')}>
        <h1 className="hs-options__title">{t('app.name')}</h1>
        <ul>
          {OPTION_SECTIONS.map((entry) => (
            <li key={entry.id}>
              <a
                href={`#${entry.id}`}
                data-testid={`options-nav-${entry.id}`}
                aria-current={entry.id === current ? 'page' : undefined}
              >
                {t(entry.label)}
              </a>
            </li>
          ))}
        </ul>
        <LanguageSwitch />
      </nav>
      <main className="hs-options__main">{section?.render()}</main>
    </div>
  );
}
