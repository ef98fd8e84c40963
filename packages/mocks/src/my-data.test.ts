import { REGISTERS } from '@czp/contract';
import { agendaRecordsSchema, documentRecordSchema, registerDataSchemas } from '@czp/contract/api-schemas';
import { describe, expect, it } from 'vitest';
import { janNovakAgendas, janNovakDocuments, janNovakRegisters } from './my-data.js';

// The mock answers as the service bus would: every register answer passes the schema the bus validates with.
describe("Jan Novák's register data", () => {
  const today = new Date('2026-12-03T08:00:00.000Z');

  it('passes every register schema strictly', () => {
    const data = janNovakRegisters(today);
    for (const register of REGISTERS) {
      const parsed = registerDataSchemas[register].strict().safeParse(data[register]);
      expect(parsed.success, `${register}: ${parsed.error?.message}`).toBe(true);
    }
    expect(agendaRecordsSchema.safeParse(janNovakAgendas).success).toBe(true);
  });

  it('has an identity card expiring within 30 days and a valid passport and licence', () => {
    const documents = janNovakDocuments(today);
    for (const document of documents) {
      expect(documentRecordSchema.safeParse(document).success).toBe(true);
    }
    expect(documents.map((d) => [d.kind, d.state, d.daysLeft])).toEqual([
      ['id-card', 'expiring', 20],
      ['passport', 'valid', 2557],
      ['driving-licence', 'valid', 2192],
    ]);
    expect(janNovakDocuments(today, ['drivers']).map((d) => d.kind)).toEqual(['id-card', 'passport']);
  });
});
