/**
 * What every JSON API of the portal answers when it refuses a request (with a 4xx or 5xx status): a code a program
 * can branch on, a sentence a person can act on, and the request field it is about when there is one.
 */
export interface ApiRefusal {
  error: string;
  message: string;
  field?: string;
}
