/** The words of the list of received messages, in Czech: everything but the items. */
export const receivedLabelsCs = {
  label: 'Zprávy ve složce Doručené',
  partyLabel: 'Odesílatel',
  unreadLabel: 'nepřečtená',
  emptyText: 'Ve složce nejsou žádné zprávy.',
};
