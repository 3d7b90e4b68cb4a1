import type { TopicId } from './topics';

/**
 * Where "hoe vraag ik dat aan?", "how do I request that?", "wie beantrage ich das?" leads after an
 * answer whose own follow-ups (followUpTopic's NEXT) do not say: the topic of the step that answer
 * points to. After "8 weeks to pay, or else a payment arrangement" that is the arrangement; after a
 * refusal or a missed instalment it is the CJIB; after the bailiff it is the bailiff's answer.
 */
export const APPLY_TARGET: Partial<Record<TopicId, TopicId>> = {
  instalment_terms: 'instalments',
  payment_deadline: 'instalments',
  late_payment: 'instalments',
  admin_costs: 'instalments',
  arrangement_refused: 'personal_arrangement',
  missed_instalment: 'contact',
  appeal_and_instalments: 'objection',
  strafbeschikking: 'strafbeschikking',
  how_to_pay: 'how_to_pay',
  payment_problem: 'contact',
  bank_debit: 'bank_debit',
  enforcement: 'noodstop',
  bailiff_involved: 'bailiff_involved',
  detention: 'detention',
  seized_vehicle: 'seized_vehicle',
  court_of_appeal: 'court_of_appeal',
  not_the_driver: 'objection',
  wrong_address: 'contact',
  victim_compensation: 'contact',
  foreign: 'how_to_pay',
  complaint: 'complaint',
  privacy: 'privacy',
  contact: 'contact',
  lost_letter: 'lost_letter',
};
