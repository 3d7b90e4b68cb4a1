/** Limits on what a citizen's client may send; bigger input is refused before it reaches a dialog. */
export const ACTIVITY_LIMITS = {
  maxTextLength: 5000,
  maxIdLength: 256,
  maxAttachments: 10,
  maxEntities: 20,
};

const ACTIVITY_TYPES = new Set([
  'message',
  'conversationUpdate',
  'event',
  'invoke',
  'typing',
  'endOfConversation',
  'messageReaction',
  'installationUpdate',
  'contactRelationUpdate',
  'deleteUserData',
  'messageUpdate',
  'messageDelete',
  'handoff',
  'trace',
]);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkAccount(value: unknown, name: string, problems: string[], required: boolean): void {
  if (value === undefined && !required) return;
  if (!isPlainObject(value)) return void problems.push(`${name} must be an object`);
  if (typeof value.id !== 'string' || value.id.length === 0 || value.id.length > ACTIVITY_LIMITS.maxIdLength) {
    problems.push(`${name}.id must be a non-empty string of at most ${ACTIVITY_LIMITS.maxIdLength} characters`);
  }
}

/**
 * Checks that a request body is a well-formed Bot Framework activity. Returns the problems (empty
 * when fine). Shape only: nothing here ever reaches a database query as an operator.
 */
export function validateActivity(body: unknown): string[] {
  const problems: string[] = [];
  if (!isPlainObject(body)) return ['the body must be a JSON object'];
  if (typeof body.type !== 'string' || !ACTIVITY_TYPES.has(body.type)) problems.push('type must be a known activity type');
  // Channel ids are short names ("webchat", "msteams"); they become part of storage keys, so no "/" or "$".
  if (typeof body.channelId !== 'string' || !/^[a-z0-9][a-z0-9_.-]{0,63}$/i.test(body.channelId)) {
    problems.push('channelId must be a short channel name');
  }
  if (typeof body.serviceUrl !== 'string' || !/^https?:\/\//.test(body.serviceUrl)) problems.push('serviceUrl must be an http(s) URL');
  checkAccount(body.conversation, 'conversation', problems, true);
  checkAccount(body.from, 'from', problems, true);
  checkAccount(body.recipient, 'recipient', problems, false);
  if (body.text !== undefined && body.text !== null) {
    if (typeof body.text !== 'string') problems.push('text must be a string');
    else if (body.text.length > ACTIVITY_LIMITS.maxTextLength) problems.push(`text is longer than ${ACTIVITY_LIMITS.maxTextLength} characters`);
  }
  for (const key of ['locale', 'id', 'replyToId', 'deliveryMode', 'name', 'inputHint', 'textFormat'] as const) {
    if (body[key] !== undefined && body[key] !== null && typeof body[key] !== 'string') problems.push(`${key} must be a string`);
  }
  if (body.deliveryMode !== undefined && !['normal', 'expectReplies', 'notification', 'ephemeral'].includes(String(body.deliveryMode))) {
    problems.push('deliveryMode is not supported');
  }
  if (body.membersAdded !== undefined) {
    if (!Array.isArray(body.membersAdded)) problems.push('membersAdded must be an array');
    else body.membersAdded.forEach((m, i) => checkAccount(m, `membersAdded[${i}]`, problems, true));
  }
  if (body.attachments !== undefined && (!Array.isArray(body.attachments) || body.attachments.length > ACTIVITY_LIMITS.maxAttachments)) {
    problems.push('attachments must be a short array');
  }
  if (body.entities !== undefined && (!Array.isArray(body.entities) || body.entities.length > ACTIVITY_LIMITS.maxEntities)) {
    problems.push('entities must be a short array');
  }
  if (body.channelData !== undefined && body.channelData !== null && !isPlainObject(body.channelData)) {
    problems.push('channelData must be an object');
  }
  if (body.value !== undefined && body.value !== null && typeof body.value !== 'object' && typeof body.value !== 'string') {
    problems.push('value must be an object or a string');
  }
  return problems;
}
