/**
 * The habits the onboarding manuals grade a conversation on, read from the replies as sent:
 * open with a welcome (欢迎语), close with a send-off (欢送语), and with an angry buyer apologise
 * before anything else (诚恳道歉 before 提出补救措施). A phrase from the matching category counts
 * too, whatever its wording.
 */

const GREETING_WORDS = /您好|你好|欢迎|在的|很高兴为您|有什么可以帮/;
const FAREWELL_WORDS = /再见|拜拜|欢迎下次|下次再来|期待.*(再次|下次)|祝您|收藏|有问题随时|随时找|感谢您|谢谢您|不客气/;
const APOLOGY_WORDS = /抱歉|不好意思|对不起|致歉|歉意|给您添麻烦/;

export interface SentReplyHabitInput {
  readonly text: string;
  /** The category of the phrase the agent inserted for this reply, if any. */
  readonly phraseCategory: string | null;
}

export function greets(reply: SentReplyHabitInput): boolean {
  return reply.phraseCategory === 'greeting' || GREETING_WORDS.test(reply.text);
}

export function saysFarewell(reply: SentReplyHabitInput): boolean {
  return reply.phraseCategory === 'farewell' || FAREWELL_WORDS.test(reply.text);
}

export function apologises(reply: SentReplyHabitInput): boolean {
  return APOLOGY_WORDS.test(reply.text);
}
