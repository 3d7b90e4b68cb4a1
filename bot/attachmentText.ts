import type { Attachment } from 'botbuilder';

const MAX_LINES = 40;

/** Walks an Adaptive Card (or hero card) and collects its words: text blocks and "label: value" facts. */
function collect(node: unknown, lines: string[]): void {
  if (lines.length >= MAX_LINES || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collect(item, lines);
    return;
  }
  const record = node as Record<string, unknown>;
  if (record.type === 'FactSet' && Array.isArray(record.facts)) {
    for (const fact of record.facts as { title?: unknown; value?: unknown }[])
      lines.push(`${String(fact.title ?? '')}: ${String(fact.value ?? '')}`);
    return;
  }
  if (typeof record.text === 'string' && record.text.trim()) lines.push(record.text.trim());
  if (typeof record.title === 'string' && record.type !== 'Action.OpenUrl') lines.push(record.title);
  for (const key of ['body', 'items', 'columns', 'content'] as const) collect(record[key], lines);
}

/**
 * The words of the cards a message carried ("Dit heb ik voor u gevonden:" and then the fine), as
 * plain lines, so the transcript staff read shows what the citizen saw. The caller masks them.
 */
export function attachmentText(attachments: Attachment[] | undefined): string {
  const lines: string[] = [];
  for (const attachment of attachments ?? []) collect(attachment.content, lines);
  return lines.join('\n');
}
