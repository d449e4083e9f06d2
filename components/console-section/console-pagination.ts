import { cloneElement, isValidElement, type ReactElement } from 'react';
import type { TablePaginationConfig } from 'antd';
import type { I18n } from '../i18n/i18n-provider';

/** Rows a console table shows a page: a screen's worth, as in the back offices. */
export const CONSOLE_PAGE_SIZE = 20;

/**
 * The pages of a long console table. antd names its previous/next buttons by their arrow icons
 * ("left", "right"), in English whatever the language: they get the page's own words instead.
 */
export function consolePagination(t: I18n['t']): TablePaginationConfig {
  return {
    pageSize: CONSOLE_PAGE_SIZE,
    hideOnSinglePage: true,
    showSizeChanger: false,
    itemRender: (_page, type, element) =>
      (type === 'prev' || type === 'next') && isValidElement(element)
        ? cloneElement(element as ReactElement<{ 'aria-label'?: string }>, {
            'aria-label': t(type === 'prev' ? 'console.sections.page.prev' : 'console.sections.page.next'),
          })
        : element,
  };
}
