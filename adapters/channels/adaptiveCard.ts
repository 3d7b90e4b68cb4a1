import type { ReplyCard } from '../../domain/ports/replyRenderer';

/** A ReplyCard as an Adaptive Card 1.5 (same content as the text version). */
export function adaptiveCard(card: ReplyCard): Record<string, unknown> {
  const body: Record<string, unknown>[] = [
    { type: 'TextBlock', text: card.title, weight: 'Bolder', size: 'Medium', wrap: true, style: 'heading' },
  ];
  for (const section of card.sections) {
    const items: Record<string, unknown>[] = [];
    if (section.heading) items.push({ type: 'TextBlock', text: section.heading, weight: 'Bolder', wrap: true });
    if (section.facts.length) {
      items.push({ type: 'FactSet', facts: section.facts.map((f) => ({ title: f.label, value: f.value })) });
    }
    if (section.text) items.push({ type: 'TextBlock', text: section.text, wrap: true, isSubtle: true });
    body.push({ type: 'Container', separator: true, spacing: 'Medium', items });
  }
  if (card.footer) body.push({ type: 'TextBlock', text: card.footer, wrap: true, weight: 'Bolder', spacing: 'Medium' });
  const actions = card.link ? [{ type: 'Action.OpenUrl', title: card.link.title, url: card.link.url }] : [];
  return {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.5',
    speak: card.title,
    body,
    actions,
  };
}
