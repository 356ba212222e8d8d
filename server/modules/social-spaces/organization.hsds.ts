import { createHash } from 'node:crypto';
import type { Organization } from '../../../common/api/network';

/** A stable UUID (version 5 layout) for a record derived from another, so that exports repeat the same ids. */
export function derivedUuid(base: string, suffix: string): string {
  const hex = createHash('sha1').update(`${base}:${suffix}`).digest('hex');
  const variant = ((Number.parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

/**
 * An organisation as Open Referral HSDS 3.0 `organization`, with its phone and its address as a physical location.
 * Our type travels as an attribute; the offers module's HSDS export uses this unchanged.
 */
export function toHsdsOrganization(org: Organization) {
  const hasAddress = org.address.street !== null && org.address.city !== null && org.address.postalCode !== null;
  const locationId = derivedUuid(org.id, 'location');
  return {
    id: org.id,
    name: org.name,
    alternate_name: org.alternateName,
    description: org.description,
    email: org.email,
    website: org.website,
    parent_organization_id: org.parentId,
    phones: org.phone ? [{ id: derivedUuid(org.id, 'phone'), organization_id: org.id, number: org.phone, type: 'voice', languages: [] }] : [],
    locations:
      hasAddress || org.point
        ? [
            {
              id: locationId,
              organization_id: org.id,
              location_type: 'physical',
              name: org.name,
              latitude: org.point?.[1] ?? null,
              longitude: org.point?.[0] ?? null,
              addresses: hasAddress
                ? [
                    {
                      id: derivedUuid(org.id, 'address'),
                      location_id: locationId,
                      address_1: org.address.street,
                      city: org.address.city,
                      state_province: '',
                      postal_code: org.address.postalCode,
                      country: 'DE',
                      address_type: 'physical',
                    },
                  ]
                : [],
            },
          ]
        : [],
    attributes: [{ id: derivedUuid(org.id, `type:${org.type}`), link_id: org.id, link_type: 'organization_type', link_entity: 'organization', value: org.type }],
    metadata: [],
  };
}
