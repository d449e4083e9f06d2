import type { PagePart } from '../schemas/page-health';

/** The message key naming each part of a chat page the health check looks for (popup notice, console log). */
export const PAGE_PART_LABEL: { [P in PagePart]: `pageHealth.part.${P}` } = {
  messageList: 'pageHealth.part.messageList',
  message: 'pageHealth.part.message',
  input: 'pageHealth.part.input',
};
