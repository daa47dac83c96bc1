'use client'
import React from 'react'
import type { OnboardingResult } from '../../federations/onboard'
import { ONBOARD_TEXT, type OnboardLang } from './onboard-text'

/** What an onboarding created, each with a link to its page in the admin. */
export function OnboardResult({ lang, adminRoute, result, onAgain }: { lang: OnboardLang; adminRoute: string; result: OnboardingResult; onAgain: () => void }) {
  const t = ONBOARD_TEXT[lang]
  const page = (collection: string, id: string) => `${adminRoute}/collections/${collection}/${id}`
  const { federation, coordinator, campaign, structures, invitation } = result
  const structuresList = `${adminRoute}/collections/structures?where[federation][equals]=${encodeURIComponent(federation.id)}`
  // The delivery log (notifications) says when the worker sent it, or why it could not.
  const deliveries = `${adminRoute}/collections/notifications?where[recipientEmail][equals]=${encodeURIComponent(invitation.email)}`
  return (
    <section className="ess-onboard__done" role="status">
      <h2>{t.done}</h2>
      <ul>
        <li>
          {t.federationDone} : <a href={page('federations', federation.id)}>{federation.name}</a>
        </li>
        <li>
          {t.coordinatorDone} : <a href={page('users', coordinator.id)}>{coordinator.name}</a> ({coordinator.email})
        </li>
        <li>
          {t.campaignDone} :{' '}
          {campaign ? (
            <>
              <a href={page('campaigns', campaign.id)}>{campaign.title}</a> ({t.copiedFrom} « {campaign.templateTitle} »)
            </>
          ) : (
            t.noCampaign
          )}
        </li>
        <li>
          {t.structuresDone} : <a href={structuresList}>{structures.created}</a>
        </li>
        <li>
          {t.invitation} ({invitation.email}) : {t.invitationQueued} — <a href={deliveries}>{t.followDelivery}</a>
        </li>
      </ul>
      <button type="button" className="btn btn--style-secondary btn--size-small" onClick={onAgain}>
        {t.another}
      </button>
    </section>
  )
}
