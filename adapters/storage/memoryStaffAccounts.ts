import type {
  StaffAccount,
  StaffAccounts,
  StaffSession,
  StaffSessions,
} from '../../domain/ports/staffAccounts';

/** Console accounts in process memory (STORAGE=memory and tests), same contract as MongoDB. */
export class MemoryStaffAccounts implements StaffAccounts {
  private readonly accounts = new Map<string, StaffAccount>();

  async find(username: string): Promise<StaffAccount | undefined> {
    const found = this.accounts.get(username);
    return found ? { ...found } : undefined;
  }

  async save(account: StaffAccount): Promise<void> {
    this.accounts.set(account.username, { ...account });
  }
}

export class MemoryStaffSessions implements StaffSessions {
  private readonly sessions = new Map<string, StaffSession>();

  async create(session: StaffSession): Promise<void> {
    this.sessions.set(session.id, structuredClone(session));
  }

  async find(id: string, now: Date): Promise<StaffSession | undefined> {
    const found = this.sessions.get(id);
    if (!found) return undefined;
    if (found.expiresAt <= now) {
      this.sessions.delete(id);
      return undefined;
    }
    return structuredClone(found);
  }

  async delete(id: string): Promise<void> {
    this.sessions.delete(id);
  }
}
