import { PublishError } from './errors.js';

/** Who is publishing through the API: the issuer its token belongs to. */
export interface Publisher {
  issuerId: string;
}

/**
 * A token publishes only for its own issuer: the metadata must name that issuer, and an existing service must
 * already belong to it. Checked before the upload is examined and again inside the publishing transaction.
 */
export function checkPublisherOwns(
  publisher: Publisher,
  serviceId: string,
  metadataIssuerId: string | undefined,
  serviceIssuerId: string | undefined,
): void {
  if (serviceIssuerId !== undefined && serviceIssuerId !== publisher.issuerId) {
    throw new PublishError(
      'issuer-mismatch',
      `This token belongs to ${publisher.issuerId}; the service ${serviceId} is published by ${serviceIssuerId}`,
      { field: 'metadata.issuer.id' },
    );
  }
  if (metadataIssuerId !== undefined && metadataIssuerId !== publisher.issuerId) {
    throw new PublishError(
      'issuer-mismatch',
      `This token belongs to ${publisher.issuerId}; the metadata names the issuer ${metadataIssuerId}. ` +
        `Publish with a token of ${metadataIssuerId}, or correct issuer.id in czp.service.json`,
      { field: 'metadata.issuer.id' },
    );
  }
}
