import * as registrationModule from 'botbuilder-dialogs/lib/dialogsComponentRegistration';

type RegistrationClass = typeof registrationModule.DialogsComponentRegistration;

const PATCHED = Symbol.for('cjib.dialogsRegistrationOnce');

/**
 * botbuilder-dialogs registers its component anew in every DialogStateManager, that is for every
 * DialogContext a turn creates (a dozen per turn with nested component dialogs): each time it builds
 * a service collection with a dependency graph, only to replace the registration it made the time
 * before (one per class name). The registration holds no per-turn data and its scopes are built
 * anew on every call, so one instance, made once, is registered every time instead.
 * Idempotent; test/unit/dialogsRegistrationOnce.test.ts checks the library still looks this way.
 */
export function registerDialogsComponentOnce(): void {
  const mutable = registrationModule as unknown as Record<string | symbol, unknown>;
  if (mutable[PATCHED]) return;
  const Original: RegistrationClass = registrationModule.DialogsComponentRegistration;
  const instance = new Original();
  // Called with `new` by the library: a constructor that returns an object gives that object.
  function DialogsComponentRegistration(): InstanceType<RegistrationClass> {
    return instance;
  }
  DialogsComponentRegistration.prototype = Original.prototype;
  mutable.DialogsComponentRegistration = DialogsComponentRegistration;
  mutable[PATCHED] = true;
}
