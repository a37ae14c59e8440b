export async function initCommand(_a: string[], _io: unknown): Promise<number> { return 0; }
