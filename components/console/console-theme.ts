import type { ThemeConfig } from 'antd';

/**
 * antd's tokens set to the extension's palette (components/theme/theme.css), so the console,
 * the popup and the in-page bar read as one product. Kept in step by hand: the CSS variables
 * are not readable when antd computes its styles.
 */
export const CONSOLE_THEME: ThemeConfig = {
  token: {
    colorPrimary: '#1664d9',
    colorSuccess: '#217a3c',
    colorWarning: '#a15c00',
    colorError: '#c02b2b',
    colorText: '#1f2329',
    colorTextSecondary: '#646a73',
    colorBorder: '#dfe3e8',
    colorBgLayout: '#f6f7f9',
    borderRadius: 6,
    fontSize: 13,
    fontFamily:
      'system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif',
  },
  components: {
    Layout: { siderBg: '#ffffff', headerBg: '#ffffff', bodyBg: '#f6f7f9' },
  },
};
