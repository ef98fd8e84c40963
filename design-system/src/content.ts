/** @czp/design-system/content: composites for content pages (data box messages, attachments, storage). */

export {
  AttachmentList,
  type AttachmentListItem,
  type AttachmentListProps,
} from './components/attachment-list/AttachmentList.js';
export {
  AttachmentPicker,
  type AttachmentPickerProps,
  type PickedFile,
} from './components/attachment-picker/AttachmentPicker.js';
export {
  CalendarList,
  type CalendarListEvent,
  type CalendarListGroup,
  type CalendarListHighlight,
  type CalendarListProps,
} from './components/calendar-list/CalendarList.js';
export { MessageList, type MessageListItem, type MessageListProps } from './components/message-list/MessageList.js';
export { MessageView, type MessageViewProps } from './components/message-view/MessageView.js';
export {
  type RegisterDataComplaint,
  RegisterDataPanel,
  type RegisterDataPanelProps,
  type RegisterDataRow,
} from './components/register-data-panel/RegisterDataPanel.js';
export { StorageMeter, type StorageMeterProps } from './components/storage-meter/StorageMeter.js';
export {
  SubmissionStatus,
  type SubmissionStatusProps,
  type SubmissionStep,
  type SubmissionStepState,
} from './components/submission-status/SubmissionStatus.js';
