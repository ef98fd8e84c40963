/** A message from the town of Telč to Jan Novák, in Czech: who, to whom, when, and the body's label. */
export const messagePartiesCs = {
  fromLabel: 'Od',
  from: 'Město Telč',
  toLabel: 'Komu',
  to: 'Jan Novák',
  dateLabel: 'Datum',
  date: '20. listopadu 2026 10:30',
  dateTime: '2026-11-20T09:30:00.000Z',
  bodyLabel: 'Text zprávy',
};
