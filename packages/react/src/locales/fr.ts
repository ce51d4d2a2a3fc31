import type { NotePreviewMessages } from '../messages.js';

/** French. */
export const fr: Partial<NotePreviewMessages> = {
  headingResolve: 'Note de résolution',
  headingEscalate: 'Dossier d’escalade (interne)',
  noteText: 'Texte de la note',
  renderedView: 'La note telle qu’elle sera publiée',
  edit: 'Modifier le texte',
  showPreview: 'Afficher l’aperçu',
  drafting: 'Rédaction de la note…',
  posting: 'Publication dans le PSA et vérification du ticket…',
  confirm: 'Confirmer et publier',
  discardEdits: 'Annuler les modifications',
  draftedFrom: ({ version }) => `Rédigée à partir de la version ${version} de la session`,
  edited: 'modifiée',
  internalOnly: 'note interne, jamais montrée au client',
  editsKept: 'le nouveau brouillon est identique, vos modifications sont conservées',
  fallbackIntro: ({ why }) =>
    `Ce brouillon a été rédigé à partir du dossier de la session par le modèle standard, car le rédacteur IA n’a pas été utilisé : ${why}. Relisez-le et modifiez-le comme tout brouillon.`,
  fallbackWhyClaim: 'son brouillon affirmait que le problème était réglé, ce que la session n’enregistre pas',
  fallbackWhyMismatch: 'son brouillon ne correspondait pas à ce que la session enregistre',
  fallbackWhyUnreachable: 'il était injoignable',
  ticket: ({ id }) => `le ticket n° ${id}`,
  theTicket: 'le ticket',
  savedNoTicket:
    'Enregistrée dans closeout uniquement : rien n’a été publié dans le PSA, car cette session n’est liée à aucun ticket.',
  savedNoPsa:
    'Enregistrée dans closeout uniquement : rien n’a été publié dans le PSA, car aucun PSA n’est connecté pour ce compte.',
  verified: ({ status, ticket }) => `${status} — vérifié en relisant ${ticket}`,
  postedStatusUnchanged: ({ ticket }) =>
    `Publiée dans ${ticket} ; son statut n’a pas été modifié, car aucun statut cible n’est défini pour ce compte. Demandez à votre administrateur d’en définir un.`,
  stale:
    'La session a changé après la rédaction de ce brouillon, qui peut donc omettre ce qui s’est passé depuis. Rechargez le brouillon pour inclure les changements (vos modifications sont conservées si le brouillon revient identique).',
  verificationFailed: ({ ticket, expected, actual }) =>
    `La note a été publiée, mais ${ticket} affiche toujours ${actual} au lieu de ${expected} après relecture. Le PSA a peut-être refusé le changement (une règle de workflow, ou un statut absent du tableau du ticket). Relancez le changement de statut, ou vérifiez le ticket.`,
  outcomeNotResolved:
    'Le correctif actif n’est pas enregistré comme réussi : cette note fermerait un ticket dont le problème n’est peut-être pas réglé. Enregistrez d’abord le résultat, ou résolvez quand même si vous êtes sûr.',
  inProgressNote:
    'Une autre publication de cette note est en cours. Patientez un instant, puis vérifiez à nouveau.',
  inProgressPackage:
    'Une autre publication de ce dossier est en cours. Patientez un instant, puis vérifiez à nouveau.',
  loadFailed: 'Le brouillon n’a pas pu être chargé.',
  postFailed: 'Aucune publication n’a été confirmée.',
  reasonSessionMissing: 'Cette session n’existe plus, ou votre compte ne peut pas la voir.',
  reasonSignedOut: 'Votre connexion a expiré. Reconnectez-vous, puis réessayez.',
  reasonPsa:
    'Le PSA n’a pas accepté la demande ou n’a pas répondu. Réessayez dans un instant ; si cela continue, demandez à votre administrateur de vérifier la connexion au PSA.',
  reasonDrafting: 'La note n’a pas pu être rédigée pour le moment. Réessayez dans un instant.',
  reasonTextRejected: 'Le texte de la note n’a pas été accepté : il est peut-être vide ou trop long.',
  reasonChanged: 'La session a changé au même moment. Réessayez.',
  reasonOffline: 'closeout est injoignable. Vérifiez votre connexion, puis réessayez.',
  reasonUnexpected: 'Une erreur s’est produite. Réessayez ; si cela continue, prévenez votre administrateur.',
  reloadDraft: 'Recharger le brouillon',
  retry: 'Réessayer',
  resolveAnyway: 'Résoudre quand même',
  checkAgain: 'Vérifier à nouveau',
  tryAgain: 'Réessayer',
  timeEntryLegend: 'Saisie de temps',
  timeEntryMinutes: 'Temps passé (minutes)',
  timeEntryBillable: 'Facturable',
  timeEntryDrafting: 'Préparation de la saisie de temps…',
  timeEntryDraftFailed:
    'La saisie de temps n’a pas pu être préparée. Publiez la note sans elle, ou réessayez plus tard.',
  timeEntryLogged: ({ minutes }) => `${minutes} min enregistrées sur le ticket.`,
  noteMissing: ({ ticket, noteId }) =>
    `La note a été publiée, mais ${ticket} ne la contient plus (note ${noteId}). Le statut n’a pas été changé. Vérifiez le ticket, puis réessayez, ou arrêtez.`,
  noteVisibilityDiffers: ({ ticket, noteId, actual, expected }) =>
    `La note a été publiée sur ${ticket}, mais le PSA l’a enregistrée ${actual} au lieu de ${expected} (note ${noteId}). Le statut n’a pas été changé. Corrigez la visibilité de la note dans le PSA, puis réessayez ; aucune seconde note n’est publiée.`,
  noteTextDiffers: ({ ticket, noteId }) =>
    `La note a été publiée sur ${ticket}, mais son texte y diffère de celui envoyé (note ${noteId}). Le statut n’a pas été changé. Vérifiez la note, puis réessayez, ou arrêtez.`,
  visibilityInternal: 'comme interne (masquée au client)',
  visibilityCustomer: 'visible par le client',
  unfinished: ({ kind, ticket, noteId }) =>
    `Une publication antérieure ${kind === 'resolve' ? 'de la note de résolution' : 'du dossier d’escalade'} de cette session ${noteId === null ? 'a peut-être mis sa note' : `a mis sa note (${noteId})`} sur ${ticket} et s’est arrêtée avant le changement de statut. Voici ce qui reste : terminez-la avec le texte publié, ou arrêtez. Rien de nouveau n’est publié.`,
  stopped: ({ ticket }) =>
    `Arrêté. La note reste sur ${ticket} et son statut n’a pas été changé. Rouvrez cette étape pour terminer ; la note ne sera pas publiée deux fois.`,
  retryStatus: 'Relancer le changement de statut',
  checkNoteAgain: 'Vérifier la note à nouveau',
  finishEarlier: 'Terminer la publication antérieure',
  stopHere: 'Arrêter ici',
  postedNote: 'Note sur le ticket (publiée, en lecture seule)',
  contactEmailYes: 'La publication envoie un e-mail au contact du ticket.',
  contactEmailNo: 'Le contact du ticket ne reçoit pas d’e-mail.',
  contactEmailPsaRules:
    'L’envoi d’un e-mail au contact dépend des règles du PSA (ce PSA n’a pas de réglage par note).',
};
