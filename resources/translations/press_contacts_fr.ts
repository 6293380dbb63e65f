<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Press Contacts</source>
        <translation>À propos de Press Contacts</translation>
    </message>
    <message>
        <source>Press Contacts icon</source>
        <translation>Icône de Press Contacts</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Press officers and mission contacts, checked, with the contact block of every press release in its language.</source>
        <translation>Attachés de presse et contacts des missions, vérifiés, avec le bloc de contacts de chaque communiqué dans sa langue.</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt&#xa0;:</translation>
    </message>
    <message>
        <source>PySide6:</source>
        <translation>PySide6&#xa0;:</translation>
    </message>
    <message>
        <source>Python:</source>
        <translation>Python&#xa0;:</translation>
    </message>
    <message>
        <source>Database engine:</source>
        <translation>Moteur de base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Fichier de la base&#xa0;:</translation>
    </message>
    <message>
        <source>Database server:</source>
        <translation>Serveur de la base&#xa0;:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier des données&#xa0;:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence&#xa0;:</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or later</source>
        <translation>Licence publique générale GNU, version 3 ou ultérieure</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy these details for a bug report</source>
        <translation>Copier ces informations pour un rapport d&apos;anomalie</translation>
    </message>
    <message>
        <source>Copy these details, to paste into a bug report</source>
        <translation>Copier ces informations, à coller dans un rapport d&apos;anomalie</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>An unexpected error stopped the work. The message that opened has the details.</source>
        <translation>Une erreur inattendue a interrompu le travail. Le message qui s&apos;est ouvert en donne le détail.</translation>
    </message>
</context>
<context>
    <name>BlockPreview</name>
    <message>
        <source>No block can be made: {reason}</source>
        <translation>Impossible de composer le bloc&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Published on {date}. This is the block as printed: later changes to these contacts do not alter it.</source>
        <translation>Publié le {date}. Voici le bloc tel qu&apos;il a été publié&#xa0;: les modifications ultérieures de ces contacts ne le changent pas.</translation>
    </message>
    <message>
        <source>Nothing to check: the block is frozen.</source>
        <translation>Rien à vérifier&#xa0;: le bloc est figé.</translation>
    </message>
    <message>
        <source>Add contacts to see the block.</source>
        <translation>Ajoutez des contacts pour voir le bloc.</translation>
    </message>
    <message>
        <source>No warnings: every contact is reachable and was verified recently.</source>
        <translation>Aucun avertissement&#xa0;: tous les contacts sont joignables et ont été vérifiés récemment.</translation>
    </message>
    <message>
        <source>{name} has left the organisation.</source>
        <translation>{name} a quitté l&apos;organisation.</translation>
    </message>
    <message>
        <source>{name} has no valid phone number or e-mail address.</source>
        <translation>{name} n&apos;a ni numéro de téléphone ni adresse électronique valide.</translation>
    </message>
    <message>
        <source>{name} has a phone number that is left out because it is invalid: {number}</source>
        <translation>{name} a un numéro de téléphone non valide, qui est omis&#xa0;: {number}</translation>
    </message>
    <message>
        <source>{name} has no job title in {language}: the block prints the English one ({title}). Add the translation in the contact’s details.</source>
        <translation>{name} n’a pas de titre de poste dans la langue du communiqué ({language})&#xa0;: le bloc imprime le titre anglais ({title}). Ajoutez la traduction dans la fiche du contact.</translation>
    </message>
    <message>
        <source>{name} has never been verified.</source>
        <translation>{name} n&apos;a jamais été vérifié(e).</translation>
    </message>
    <message>
        <source>{name} was last verified on {date}, more than a year ago.</source>
        <translation>{name} a été vérifié(e) pour la dernière fois le {date}, il y a plus d&apos;un an.</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Disposition&#xa0;:</translation>
    </message>
    <message>
        <source>Stacked (one detail a line)</source>
        <translation>Empilée (un élément par ligne)</translation>
    </message>
    <message>
        <source>Inline (one sentence per contact)</source>
        <translation>En ligne (une phrase par contact)</translation>
    </message>
    <message>
        <source>Block layout</source>
        <translation>Disposition du bloc</translation>
    </message>
    <message>
        <source>&amp;Copy block</source>
        <translation>&amp;Copier le bloc</translation>
    </message>
    <message>
        <source>Copies the block with its formatting and as plain text, so it pastes well into Word, a CMS or a plain-text e-mail.</source>
        <translation>Copie le bloc avec sa mise en forme et en texte brut, pour le coller proprement dans Word, un CMS ou un courriel en texte brut.</translation>
    </message>
    <message>
        <source>Copy the block</source>
        <translation>Copier le bloc</translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation>Mis en forme</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Block formats</source>
        <translation>Formats du bloc</translation>
    </message>
    <message>
        <source>Block preview, formatted</source>
        <translation>Aperçu du bloc, mis en forme</translation>
    </message>
    <message>
        <source>Block preview, plain text</source>
        <translation>Aperçu du bloc, texte brut</translation>
    </message>
    <message>
        <source>Block preview, Markdown</source>
        <translation>Aperçu du bloc, Markdown</translation>
    </message>
    <message>
        <source>Check before printing</source>
        <translation>À vérifier avant publication</translation>
    </message>
    <message>
        <source>Warnings about the block&apos;s contacts</source>
        <translation>Avertissements sur les contacts du bloc</translation>
    </message>
    <message>
        <source>Publication note</source>
        <translation>Note de publication</translation>
    </message>
</context>
<context>
    <name>ChannelRows</name>
    <message>
        <source>Phone {n} kind</source>
        <translation>Type du téléphone {n}</translation>
    </message>
    <message>
        <source>Phone {n} number</source>
        <translation>Numéro du téléphone {n}</translation>
    </message>
    <message>
        <source>Phone {n} check</source>
        <translation>Vérification du téléphone {n}</translation>
    </message>
    <message>
        <source>Use the suggested number for phone {n}</source>
        <translation>Utiliser le numéro suggéré pour le téléphone {n}</translation>
    </message>
    <message>
        <source>Keep phone {n} as typed</source>
        <translation>Garder le téléphone {n} tel que saisi</translation>
    </message>
    <message>
        <source>Remove phone {n}</source>
        <translation>Supprimer le téléphone {n}</translation>
    </message>
    <message>
        <source>Reads as {number} ({details})</source>
        <translation>Compris comme {number} ({details})</translation>
    </message>
    <message>
        <source>This number looks invalid: {reason}.</source>
        <translation>Ce numéro semble non valide&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Did you mean {suggestion}?</source>
        <translation>Vouliez-vous dire {suggestion}&#xa0;?</translation>
    </message>
    <message>
        <source>Use {suggestion}</source>
        <translation>Utiliser {suggestion}</translation>
    </message>
    <message>
        <source>Use this number</source>
        <translation>Utiliser ce numéro</translation>
    </message>
    <message>
        <source>E-mail {n} kind</source>
        <translation>Type du courriel {n}</translation>
    </message>
    <message>
        <source>E-mail {n} address</source>
        <translation>Adresse du courriel {n}</translation>
    </message>
    <message>
        <source>E-mail {n} check</source>
        <translation>Vérification du courriel {n}</translation>
    </message>
    <message>
        <source>Use the address found in e-mail {n}</source>
        <translation>Utiliser l’adresse trouvée dans le courriel {n}</translation>
    </message>
    <message>
        <source>Remove e-mail {n}</source>
        <translation>Supprimer le courriel {n}</translation>
    </message>
    <message>
        <source>Use this address</source>
        <translation>Utiliser cette adresse</translation>
    </message>
    <message>
        <source>Will be saved as {address}</source>
        <translation>Sera enregistrée sous la forme {address}</translation>
    </message>
    <message>
        <source>+86 10 5979 9695 ext. 203</source>
        <translation>+86 10 5979 9695, poste 203</translation>
    </message>
    <message>
        <source>Keep as typed</source>
        <translation>Garder tel que saisi</translation>
    </message>
    <message>
        <source>Store this number although it looks invalid; it stays flagged as invalid.</source>
        <translation>Enregistrer ce numéro bien qu&apos;il semble non valide&#xa0;; il reste signalé comme non valide.</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@exemple.org</translation>
    </message>
    <message>
        <source>Use {address}</source>
        <translation>Utiliser {address}</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Ce n’est pas une adresse électronique valide.</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Ajouter un téléphone</translation>
    </message>
    <message>
        <source>Add a phone number</source>
        <translation>Ajouter un numéro de téléphone</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>Ajouter un courriel</translation>
    </message>
    <message>
        <source>Add an e-mail address</source>
        <translation>Ajouter une adresse électronique</translation>
    </message>
    <message>
        <source>It will be kept as typed and flagged as invalid.</source>
        <translation>Il sera gardé tel que saisi et signalé comme non valide.</translation>
    </message>
    <message>
        <source>Correct it, use the suggestion, or tick “Keep as typed” to store it flagged.</source>
        <translation>Corrigez-le, utilisez la suggestion ou cochez «&#xa0;Garder tel que saisi&#xa0;» pour l&apos;enregistrer signalé.</translation>
    </message>
    <message>
        <source>it is not a valid number</source>
        <translation>ce n&apos;est pas un numéro valide</translation>
    </message>
    <message>
        <source>A valid address</source>
        <translation>Adresse valide</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>You both changed the highlighted fields. Keep their values, keep yours, or choose in each row; nothing is saved until you do.</source>
        <translation>Vous avez tous deux modifié les champs surlignés. Gardez leurs valeurs, les vôtres, ou choisissez ligne par ligne&#xa0;; rien n&apos;est enregistré avant votre choix.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Garder la leur</translation>
    </message>
    <message>
        <source>Their values for the fields you both changed; your other changes are saved.</source>
        <translation>Leurs valeurs pour les champs que vous avez tous deux modifiés&#xa0;; vos autres modifications sont enregistrées.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Your values for every field you changed, saved over theirs.</source>
        <translation>Vos valeurs pour chaque champ que vous avez modifié, enregistrées à la place des leurs.</translation>
    </message>
    <message>
        <source>Save my choices</source>
        <translation>Enregistrer mes choix</translation>
    </message>
    <message>
        <source>Each field from the side chosen in its row.</source>
        <translation>Chaque champ pris du côté choisi sur sa ligne.</translation>
    </message>
    <message>
        <source>Back to the form; nothing is saved.</source>
        <translation>Retour au formulaire&#xa0;; rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Changed by both of you</source>
        <translation>Modifié par vous deux</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Changed by you</source>
        <translation>Modifié par vous</translation>
    </message>
    <message>
        <source>your version</source>
        <translation>votre version</translation>
    </message>
    <message>
        <source>their version</source>
        <translation>leur version</translation>
    </message>
    <message>
        <source>{who} saved {name} at {when}, after you opened it.</source>
        <translation>{who} a enregistré {name} le {when}, après que vous l&apos;avez ouvert.</translation>
    </message>
    <message>
        <source>Their version ({who})</source>
        <translation>Leur version ({who})</translation>
    </message>
    <message>
        <source>Changed by {who}</source>
        <translation>Modifié par {who}</translation>
    </message>
    <message>
        <source>{field}, {side}: {value}</source>
        <translation>{field}, {side}&#xa0;: {value}</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Contact card</source>
        <translation>Fiche du contact</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit this contact</source>
        <translation>Modifier ce contact</translation>
    </message>
    <message>
        <source>Edit this contact ({shortcut})</source>
        <translation>Modifier ce contact ({shortcut})</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restore this contact</source>
        <translation>Restaurer ce contact</translation>
    </message>
    <message>
        <source>Cited in releases</source>
        <translation>Cité dans les communiqués</translation>
    </message>
    <message>
        <source>Releases that cite this contact</source>
        <translation>Communiqués qui citent ce contact</translation>
    </message>
    <message>
        <source>No release cites this contact yet.</source>
        <translation>Aucun communiqué ne cite encore ce contact.</translation>
    </message>
    <message>
        <source>Deleted on {date}. Restore it to edit it again.</source>
        <translation>Supprimé le {date}. Restaurez-le pour le modifier à nouveau.</translation>
    </message>
    <message>
        <source>Has left the organisation.</source>
        <translation>A quitté l&apos;organisation.</translation>
    </message>
    <message>
        <source>Phone ({kind}):</source>
        <translation>Téléphone ({kind})&#xa0;:</translation>
    </message>
    <message>
        <source>Phone, {kind}</source>
        <translation>Téléphone, {kind}</translation>
    </message>
    <message>
        <source>E-mail ({kind}):</source>
        <translation>Courriel ({kind})&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail, {kind}</source>
        <translation>Courriel, {kind}</translation>
    </message>
    <message>
        <source>No phone or e-mail yet.</source>
        <translation>Pas encore de téléphone ni de courriel.</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Langues&#xa0;:</translation>
    </message>
    <message>
        <source>Last verified:</source>
        <translation>Dernière vérification&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Kept as typed: this number looks invalid. Click to copy it.</source>
        <translation>Gardé tel que saisi&#xa0;: ce numéro semble invalide. Cliquez pour le copier.</translation>
    </message>
    <message>
        <source>Copied {value}</source>
        <translation>{value} copié</translation>
    </message>
    <message>
        <source>{date} · {language} · {status}</source>
        <translation>{date} · {language} · {status}</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Select a contact in the list, or add a new one.</source>
        <translation>Sélectionnez un contact dans la liste ou ajoutez-en un.</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Enregistrer le contact</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restore this contact</source>
        <translation>Restaurer ce contact</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>Ms, Mr, Dr…</source>
        <translation>Mme, M., Dr…</translation>
    </message>
    <message>
        <source>&amp;Honorific:</source>
        <translation>&amp;Civilité&#xa0;:</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nom de famille&#xa0;:</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Bureau&#xa0;:</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Type de contact</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Job title in English</source>
        <translation>Fonction en anglais</translation>
    </message>
    <message>
        <source>Job title in French</source>
        <translation>Fonction en français</translation>
    </message>
    <message>
        <source>Job title in Spanish</source>
        <translation>Fonction en espagnol</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>Job title (F&amp;rench):</source>
        <translation>Fonction (f&amp;rançais)&#xa0;:</translation>
    </message>
    <message>
        <source>Job title (S&amp;panish):</source>
        <translation>Fonction (es&amp;pagnol)&#xa0;:</translation>
    </message>
    <message>
        <source>Phone and e-mail</source>
        <translation>Téléphone et courriel</translation>
    </message>
    <message>
        <source>Phones:</source>
        <translation>Téléphones&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <source>Language codes, e.g. en, fr, zh</source>
        <translation>Codes de langue, p. ex. en, fr, zh</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Verified on</source>
        <translation>&amp;Vérifié le</translation>
    </message>
    <message>
        <source>Details verified</source>
        <translation>Coordonnées vérifiées</translation>
    </message>
    <message>
        <source>Date the details were last verified</source>
        <translation>Date de la dernière vérification des coordonnées</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>Verified &amp;today</source>
        <translation>Vérifié au&amp;jourd&apos;hui</translation>
    </message>
    <message>
        <source>Mark the details as verified today</source>
        <translation>Marquer les coordonnées comme vérifiées aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last verified:</source>
        <translation>Dernière vérification&#xa0;:</translation>
    </message>
    <message>
        <source>Has le&amp;ft the organisation</source>
        <translation>A &amp;quitté l&apos;organisation</translation>
    </message>
    <message>
        <source>Has left the organisation</source>
        <translation>A quitté l&apos;organisation</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>the new contact</source>
        <translation>le nouveau contact</translation>
    </message>
    <message>
        <source>No office</source>
        <translation>Aucun bureau</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Phone numbers and e-mail addresses are checked as you type.</source>
        <translation>Les numéros de téléphone et les adresses électroniques sont vérifiés pendant la saisie.</translation>
    </message>
    <message>
        <source>Deleted on {date}. Restore it to edit it again.</source>
        <translation>Supprimé le {date}. Restaurez-le pour le modifier à nouveau.</translation>
    </message>
    <message>
        <source>Has left the organisation. Restore marks this contact as active.</source>
        <translation>A quitté l&apos;organisation. «&#xa0;Restaurer&#xa0;» marque ce contact comme actif.</translation>
    </message>
    <message>
        <source>Someone else deleted this contact while you were editing it, so your edits cannot be saved. Reload shows it as deleted; restore it if it is still needed.</source>
        <translation>Quelqu&apos;un d&apos;autre a supprimé ce contact pendant que vous le modifiiez&#xa0;: vos modifications ne peuvent pas être enregistrées. Recharger l&apos;affiche comme supprimé&#xa0;; restaurez-le s&apos;il est encore utile.</translation>
    </message>
    <message>
        <source>Someone else changed this contact while you were editing it. Reload shows their version and drops your unsaved edits.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ce contact pendant que vous le modifiiez. Recharger affiche sa version et abandonne vos modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Possible duplicate: {link} ({reason}).</source>
        <translation>Doublon possible&#xa0;: {link} ({reason}).</translation>
    </message>
    <message>
        <source>Saved {name}. Changes saved meanwhile by someone else were kept: {fields}.</source>
        <translation>{name} enregistré. Les modifications enregistrées entre-temps par quelqu&apos;un d&apos;autre ont été gardées&#xa0;: {fields}.</translation>
    </message>
    <message>
        <source>Kept the version of {name} that {who} saved.</source>
        <translation>Version de {name} enregistrée par {who} gardée.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>{what} as {name}</source>
        <translation>{what} que {name}</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this contact meanwhile.</source>
        <translation>Non enregistré&#xa0;: quelqu&apos;un d&apos;autre a modifié ce contact entre-temps.</translation>
    </message>
    <message>
        <source>Not saved: this contact was deleted meanwhile.</source>
        <translation>Non enregistré&#xa0;: ce contact a été supprimé entre-temps.</translation>
    </message>
</context>
<context>
    <name>ContactPickerDialog</name>
    <message>
        <source>Add contacts to the release</source>
        <translation>Ajouter des contacts au communiqué</translation>
    </message>
    <message>
        <source>&amp;Search by name, office, e-mail or phone:</source>
        <translation>&amp;Rechercher par nom, bureau, courriel ou téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Tapez pour rechercher</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <source>Matching contacts</source>
        <translation>Contacts correspondants</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add the selected contacts</source>
        <translation>Ajouter les contacts sélectionnés</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The search failed: {reason}</source>
        <translation>La recherche a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{contact} (has left)</source>
        <translation>{contact} (a quitté l&apos;organisation)</translation>
    </message>
    <message>
        <source>No contact matches.</source>
        <translation>Aucun contact ne correspond.</translation>
    </message>
    <message>
        <source>Showing the first {count} matches; type more to narrow the search.</source>
        <translation>Affichage des {count} premiers résultats&#xa0;; précisez la recherche pour les réduire.</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>{name} (deleted)</source>
        <translation>{name} (supprimé)</translation>
    </message>
    <message>
        <source>{name} (left)</source>
        <translation>{name} (parti)</translation>
    </message>
    <message>
        <source>The first number was kept as typed: it looks invalid.</source>
        <translation>Le premier numéro a été gardé tel que saisi&#xa0;: il semble non valide.</translation>
    </message>
</context>
<context>
    <name>ContactsSection</name>
    <message>
        <source>Select a contact in the list, or add a new one.</source>
        <translation>Sélectionnez un contact dans la liste ou ajoutez-en un.</translation>
    </message>
    <message>
        <source>Back to card</source>
        <translation>Retour à la fiche</translation>
    </message>
    <message>
        <source>Close the form and show the card</source>
        <translation>Fermer le formulaire et afficher la fiche</translation>
    </message>
    <message>
        <source>Close the form (Esc)</source>
        <translation>Fermer le formulaire (Échap)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <source>Search names, offices, e-mail addresses, phone digits…</source>
        <translation>Rechercher noms, bureaux, adresses électroniques, chiffres de téléphone…</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Filter by office</source>
        <translation>Filtrer par bureau</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Which contacts</source>
        <translation>Quels contacts</translation>
    </message>
    <message>
        <source>Active and left</source>
        <translation>Actifs et partis</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Actifs seulement</translation>
    </message>
    <message>
        <source>Archived (deleted or left)</source>
        <translation>Archivés (supprimés ou partis)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <source>&amp;New Contact</source>
        <translation>&amp;Nouveau contact</translation>
    </message>
    <message>
        <source>1 contact found</source>
        <translation>1 contact trouvé</translation>
    </message>
    <message>
        <source>{count} contacts found</source>
        <translation>{count} contacts trouvés</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <source>{count} contacts</source>
        <translation>{count} contacts</translation>
    </message>
    <message>
        <source>No contacts match “{text}”.</source>
        <translation>Aucun contact ne correspond à «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>No contacts match these filters.</source>
        <translation>Aucun contact ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>Tous les bureaux</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Données d&apos;exemple</translation>
    </message>
    <message>
        <source>Sample data: {offices} offices and {contacts} contacts added.</source>
        <translation>Données d&apos;exemple&#xa0;: {offices} bureaux et {contacts} contacts ajoutés.</translation>
    </message>
    <message>
        <source>Loading sample data…</source>
        <translation>Chargement des données d&apos;exemple…</translation>
    </message>
    <message>
        <source>{name} was deleted by someone else.</source>
        <translation>{name} a été supprimé par quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Ajouter {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} enregistré.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Impossible de supprimer</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Supprimer {name}</translation>
    </message>
    <message>
        <source>Deleted {name}. Undo brings the contact back.</source>
        <translation>{name} supprimé. «&#xa0;Annuler&#xa0;» fait revenir le contact.</translation>
    </message>
    <message>
        <source>Restore {name}</source>
        <translation>Restaurer {name}</translation>
    </message>
    <message>
        <source>Mark {name} as active</source>
        <translation>Marquer {name} comme actif</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Impossible de restaurer</translation>
    </message>
    <message>
        <source>Restored {name}. Warning: {warnings}.</source>
        <translation>{name} restauré. Attention&#xa0;: {warnings}.</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>{name} restauré.</translation>
    </message>
    <message>
        <source>Cannot restore this version</source>
        <translation>Impossible de rétablir cette version</translation>
    </message>
    <message>
        <source>Version {version} holds what {name} holds now: nothing changed.</source>
        <translation>La version {version} contient déjà ce que contient {name}&#xa0;: rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Restore version {version} of {name}</source>
        <translation>Rétablir la version {version} de {name}</translation>
    </message>
    <message>
        <source>Put back version {version} of {name}. Undo brings back what it replaced.</source>
        <translation>Version {version} de {name} rétablie. Annuler rétablit ce qu&apos;elle a remplacé.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>CopyButton</name>
    <message>
        <source>Click to copy {value}</source>
        <translation>Cliquez pour copier {value}</translation>
    </message>
</context>
<context>
    <name>CountryCombo</name>
    <message>
        <source>Type a country or its code</source>
        <translation>Tapez un pays ou son code</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>The details are on the clipboard.</source>
        <translation>Les détails sont dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <source>What failed: {error}</source>
        <translation>Ce qui a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>This has happened {count} times since this message appeared.</source>
        <translation>C&apos;est arrivé {count} fois depuis l&apos;apparition de ce message.</translation>
    </message>
    <message>
        <source>Press Contacts: unexpected error</source>
        <translation>Press Contacts&#xa0;: erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Press Contacts ran into an unexpected problem and could not finish what it was doing. The program is still running and nothing you typed has been thrown away: you can go on working and save your changes as usual.</source>
        <translation>Press Contacts a rencontré un problème inattendu et n&apos;a pas pu terminer ce qu&apos;il faisait. Le programme fonctionne toujours et rien de ce que vous avez saisi n&apos;a été perdu&#xa0;: vous pouvez continuer à travailler et enregistrer vos modifications comme d&apos;habitude.</translation>
    </message>
    <message>
        <source>If it happens again, click Copy details and send the text to whoever looks after Press Contacts for you. Read it first: it may quote data from your contacts.</source>
        <translation>Si cela se reproduit, cliquez sur Copier les détails et envoyez le texte à la personne qui s&apos;occupe de Press Contacts pour vous. Relisez-le d&apos;abord&#xa0;: il peut citer des données de vos contacts.</translation>
    </message>
    <message>
        <source>A copy without that data is kept in {file}.</source>
        <translation>Une copie sans ces données est conservée dans {file}.</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>Copy the error details to the clipboard</source>
        <translation>Copier les détails de l&apos;erreur dans le presse-papiers</translation>
    </message>
    <message>
        <source>Show or hide the error details</source>
        <translation>Afficher ou masquer les détails de l&apos;erreur</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l&apos;erreur</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close this message and go on working</source>
        <translation>Fermer ce message et continuer à travailler</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to {what}?</source>
        <translation>Enregistrer les modifications de {what}&#xa0;?</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>{what} was changed by someone else since you opened it.</source>
        <translation>{what} a été modifié par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouvert.</translation>
    </message>
    <message>
        <source>Reload to see their version (your edits here are dropped), or keep editing and copy what you need first.</source>
        <translation>Rechargez pour voir leur version (vos modifications ici sont perdues), ou continuez et copiez d&apos;abord ce dont vous avez besoin.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la modification</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>Another contact looks the same: {reason}.</source>
        <translation>Un autre contact semble identique&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Add this contact anyway, or open the existing one (what you typed here is dropped).</source>
        <translation>Ajoutez ce contact quand même, ou ouvrez le contact existant (ce que vous avez saisi ici est abandonné).</translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Ajouter quand même</translation>
    </message>
    <message>
        <source>Open the existing contact</source>
        <translation>Ouvrir le contact existant</translation>
    </message>
</context>
<context>
    <name>EditorPane</name>
    <message>
        <source>Reload the stored version</source>
        <translation>Recharger la version enregistrée</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Revert unsaved changes</source>
        <translation>Annuler les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked above.</source>
        <translation>Non enregistré&#xa0;: corrigez les champs signalés ci-dessus.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>contacts.vcf</source>
        <translation>contacts.vcf</translation>
    </message>
    <message>
        <source>Export vCards to</source>
        <translation>Exporter les vCards vers</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it?</source>
        <translation>{file} existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Exported {done} of {total} contacts…</source>
        <translation>{done} contacts exportés sur {total}…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Contacts exported to {file}: {count}.</source>
        <translation>Contacts exportés vers {file}&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation>L&apos;exportation a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Annuler l&apos;exportation</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Fermer cette fenêtre</translation>
    </message>
    <message>
        <source>Export vCards</source>
        <translation>Exporter des vCards</translation>
    </message>
    <message>
        <source>Contacts to export</source>
        <translation>Contacts à exporter</translation>
    </message>
    <message>
        <source>The selected contact</source>
        <translation>Le contact sélectionné</translation>
    </message>
    <message>
        <source>The {count} selected contacts</source>
        <translation>Les {count} contacts sélectionnés</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Tous les contacts</translation>
    </message>
    <message>
        <source>The contacts of the release “{title}”</source>
        <translation>Les contacts du communiqué «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>The contacts of this release</source>
        <translation>Les contacts de ce communiqué</translation>
    </message>
    <message>
        <source>Export the selected contacts</source>
        <translation>Exporter les contacts sélectionnés</translation>
    </message>
    <message>
        <source>Export all contacts</source>
        <translation>Exporter tous les contacts</translation>
    </message>
    <message>
        <source>Export the release&apos;s contacts</source>
        <translation>Exporter les contacts du communiqué</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>vCard 3.0 (recommended)</source>
        <translation>vCard 3.0 (recommandé)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>Outlook (vCard 3.0 with character sets)</source>
        <translation>Outlook (vCard 3.0 avec jeux de caractères)</translation>
    </message>
    <message>
        <source>vCard format</source>
        <translation>Format vCard</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisissez un fichier…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Choisir le fichier à écrire</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l&apos;exportation</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Start the export</source>
        <translation>Lancer l&apos;exportation</translation>
    </message>
</context>
<context>
    <name>FileDrops</name>
    <message>
        <source>Press Contacts opens vCards (.vcf, .vcard) and spreadsheets (.csv, .xlsx).</source>
        <translation>Press Contacts ouvre les vCards (.vcf, .vcard) et les tableurs (.csv, .xlsx).</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>Ce fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>It is a folder, not a file.</source>
        <translation>C&apos;est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>It is not a regular file.</source>
        <translation>Ce n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>This file has no extension.</source>
        <translation>Ce fichier n&apos;a pas d&apos;extension.</translation>
    </message>
    <message>
        <source>It cannot be read: {reason}</source>
        <translation>Il ne peut pas être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>This is a {suffix} file.</source>
        <translation>C&apos;est un fichier {suffix}.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>This contact is deleted: its history is shown as kept. Restore the contact first to put back one of its versions.</source>
        <translation>Ce contact est supprimé&#xa0;: son historique est affiché tel qu&apos;il a été gardé. Restaurez d&apos;abord le contact pour rétablir une de ses versions.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>Created by {who}</source>
        <translation>Créé par {who}</translation>
    </message>
    <message>
        <source>Edited by {who}</source>
        <translation>Modifié par {who}</translation>
    </message>
    <message>
        <source>Deleted by {who}</source>
        <translation>Supprimé par {who}</translation>
    </message>
    <message>
        <source>Restored by {who}</source>
        <translation>Restauré par {who}</translation>
    </message>
    <message>
        <source>Version {version} put back by {who}</source>
        <translation>Version {version} rétablie par {who}</translation>
    </message>
    <message>
        <source>Imported by {who}</source>
        <translation>Importé par {who}</translation>
    </message>
    <message>
        <source>Completed by an import by {who}</source>
        <translation>Complété par une importation de {who}</translation>
    </message>
    <message>
        <source>Published by {who}</source>
        <translation>Publié par {who}</translation>
    </message>
    <message>
        <source>As it was when the history began</source>
        <translation>Tel qu&apos;il était au début de l&apos;historique</translation>
    </message>
    <message>
        <source>Details and history</source>
        <translation>Détails et historique</translation>
    </message>
    <message>
        <source>Restore a Version</source>
        <translation>Rétablir une version</translation>
    </message>
    <message>
        <source>About this history</source>
        <translation>À propos de cet historique</translation>
    </message>
    <message>
        <source>Versions, newest first</source>
        <translation>Versions, la plus récente d&apos;abord</translation>
    </message>
    <message>
        <source>Restore this version…</source>
        <translation>Rétablir cette version…</translation>
    </message>
    <message>
        <source>Restore the selected version</source>
        <translation>Rétablir la version sélectionnée</translation>
    </message>
    <message>
        <source>Puts back the values the selected version had, as a new version. Undo takes it back.</source>
        <translation>Remet les valeurs de la version sélectionnée, comme nouvelle version. Annuler revient en arrière.</translation>
    </message>
    <message>
        <source>Put back the values version {version} of {name} had? They replace the current ones as a new version; the history keeps both, and Undo takes it back.</source>
        <translation>Remettre les valeurs de la version {version} de {name}&#xa0;? Elles remplacent les valeurs actuelles dans une nouvelle version&#xa0;; l&apos;historique garde les deux, et Annuler revient en arrière.</translation>
    </message>
    <message>
        <source>{field}: {change}</source>
        <translation>{field}&#xa0;: {change}</translation>
    </message>
    <message>
        <source>Version {version} · {when} · current</source>
        <translation>Version {version} · {when} · actuelle</translation>
    </message>
    <message>
        <source>Version {version} · {when}</source>
        <translation>Version {version} · {when}</translation>
    </message>
    <message>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import vCards from</source>
        <translation>Importer des vCards depuis</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>There is no file at {file}.</source>
        <translation>Il n&apos;y a pas de fichier à l&apos;emplacement {file}.</translation>
    </message>
    <message>
        <source>Reading {file} to see what would change…</source>
        <translation>Lecture de {file} pour voir ce qui changerait…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importation de {file}…</translation>
    </message>
    <message>
        <source>Preview cancelled. Nothing was written.</source>
        <translation>Aperçu annulé. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written: the database is as it was.</source>
        <translation>Importation annulée. Rien n&apos;a été écrit&#xa0;: la base de données est inchangée.</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>Le fichier n&apos;a pas pu être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The import failed; nothing was written. {reason}</source>
        <translation>L&apos;importation a échoué&#xa0;; rien n&apos;a été écrit. {reason}</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>Il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Importing this file would give: new contacts {created}, updated {updated}, unchanged {unchanged}; cards skipped {skipped}.</source>
        <translation>Rien n&apos;a encore été écrit. L&apos;importation de ce fichier donnerait&#xa0;: nouveaux contacts {created}, complétés {updated}, inchangés {unchanged}&#xa0;; cartes ignorées {skipped}.</translation>
    </message>
    <message>
        <source>Imported. New contacts: {created}, updated: {updated}, unchanged: {unchanged}; cards skipped: {skipped}.</source>
        <translation>Importation terminée. Nouveaux contacts&#xa0;: {created}, complétés&#xa0;: {updated}, inchangés&#xa0;: {unchanged}&#xa0;; cartes ignorées&#xa0;: {skipped}.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the work in progress</source>
        <translation>Annuler le travail en cours</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Fermer cette fenêtre</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>To create ({count})</source>
        <translation>À créer ({count})</translation>
    </message>
    <message>
        <source>To update ({count})</source>
        <translation>À compléter ({count})</translation>
    </message>
    <message>
        <source>Unchanged ({count})</source>
        <translation>Inchangés ({count})</translation>
    </message>
    <message>
        <source>Skipped ({count})</source>
        <translation>Ignorées ({count})</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Avertissements ({count})</translation>
    </message>
    <message>
        <source>Created ({count})</source>
        <translation>Créés ({count})</translation>
    </message>
    <message>
        <source>Updated ({count})</source>
        <translation>Complétés ({count})</translation>
    </message>
    <message>
        <source>Import vCards</source>
        <translation>Importer des vCards</translation>
    </message>
    <message>
        <source>Choose a vCard file (.vcf) from Outlook, Google Contacts, Apple Contacts or Thunderbird. You will see what it would create, update and skip before anything is written. Contacts already here are matched by UID, then e-mail, then phone, and completed rather than duplicated.</source>
        <translation>Choisissez un fichier vCard (.vcf) d&apos;Outlook, Google Contacts, Apple Contacts ou Thunderbird. Vous verrez ce qu&apos;il créerait, compléterait et ignorerait avant que quoi que ce soit ne soit écrit. Les contacts déjà présents sont reconnus par UID, puis par courriel, puis par téléphone, et complétés plutôt que dupliqués.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisissez un fichier…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Résumé de l&apos;importation</translation>
    </message>
    <message>
        <source>Cards by outcome</source>
        <translation>Cartes par résultat</translation>
    </message>
    <message>
        <source>Cards that create a contact</source>
        <translation>Cartes qui créent un contact</translation>
    </message>
    <message>
        <source>Cards that complete a contact</source>
        <translation>Cartes qui complètent un contact</translation>
    </message>
    <message>
        <source>Cards that change nothing</source>
        <translation>Cartes qui ne changent rien</translation>
    </message>
    <message>
        <source>Cards that are skipped, with the reason</source>
        <translation>Cartes ignorées, avec la raison</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Preview what the import would do</source>
        <translation>Voir ce que ferait l&apos;importation</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the file</source>
        <translation>Importer le fichier</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Press officer</source>
        <translation>Attaché(e) de presse</translation>
    </message>
    <message>
        <source>Spokesperson</source>
        <translation>Porte-parole</translation>
    </message>
    <message>
        <source>Mission contact</source>
        <translation>Contact de mission</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Country office</source>
        <translation>Bureau de pays</translation>
    </message>
    <message>
        <source>Regional office</source>
        <translation>Bureau régional</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Siège</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>fixed line</source>
        <translation>ligne fixe</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>portable</translation>
    </message>
    <message>
        <source>fixed line or mobile</source>
        <translation>ligne fixe ou portable</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>numéro gratuit</translation>
    </message>
    <message>
        <source>internet telephony</source>
        <translation>téléphonie par internet</translation>
    </message>
    <message>
        <source>other line</source>
        <translation>autre ligne</translation>
    </message>
    <message>
        <source>unknown line type</source>
        <translation>type de ligne inconnu</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Press Contacts — {database}</source>
        <translation>Press Contacts — {database}</translation>
    </message>
    <message>
        <source>(damaged, read-only)</source>
        <translation>(endommagée, lecture seule)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Import vCards…</source>
        <translation>&amp;Importer des vCards…</translation>
    </message>
    <message>
        <source>Import from &amp;Release Text…</source>
        <translation>Importer depuis le texte d&apos;un &amp;communiqué…</translation>
    </message>
    <message>
        <source>&amp;Export vCards…</source>
        <translation>E&amp;xporter des vCards…</translation>
    </message>
    <message>
        <source>Import from &amp;Spreadsheet (CSV, Excel)…</source>
        <translation>Importer depuis un &amp;tableur (CSV, Excel)…</translation>
    </message>
    <message>
        <source>Export to Sprea&amp;dsheet…</source>
        <translation>Exporter vers un ta&amp;bleur…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Load S&amp;ample Data</source>
        <translation>Charger des données d&apos;e&amp;xemple</translation>
    </message>
    <message>
        <source>Restore a &amp;Backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Res&amp;taurer</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <source>&amp;About Press Contacts</source>
        <translation>À &amp;propos de Press Contacts</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Cannot Open a File</source>
        <translation>Impossible d&apos;ouvrir un fichier</translation>
    </message>
    <message>
        <source>“{name}” cannot be imported.</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas être importé.</translation>
    </message>
    <message>
        <source>Release “{title}” imported</source>
        <translation>Communiqué «&#xa0;{title}&#xa0;» importé</translation>
    </message>
    <message>
        <source>Release “{title}” was already here; its contacts were brought up to date</source>
        <translation>Le communiqué «&#xa0;{title}&#xa0;» était déjà là&#xa0;; ses contacts ont été mis à jour</translation>
    </message>
    <message>
        <source>{what}. New contacts: {created}, updated: {updated}, unchanged: {unchanged}, skipped: {skipped}.</source>
        <translation>{what}. Nouveaux contacts&#xa0;: {created}, mis à jour&#xa0;: {updated}, inchangés&#xa0;: {unchanged}, ignorés&#xa0;: {skipped}.</translation>
    </message>
</context>
<context>
    <name>OfficeEditor</name>
    <message>
        <source>Select an office in the list, or add a new one.</source>
        <translation>Sélectionnez un bureau dans la liste ou ajoutez-en un.</translation>
    </message>
    <message>
        <source>Save office</source>
        <translation>Enregistrer le bureau</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Office name in English</source>
        <translation>Nom du bureau en anglais</translation>
    </message>
    <message>
        <source>Office name in French</source>
        <translation>Nom du bureau en français</translation>
    </message>
    <message>
        <source>Office name in Spanish</source>
        <translation>Nom du bureau en espagnol</translation>
    </message>
    <message>
        <source>Required, e.g. IOM Beijing</source>
        <translation>Obligatoire, p. ex. IOM Beijing</translation>
    </message>
    <message>
        <source>e.g. OIM Pékin</source>
        <translation>p. ex. OIM Pékin</translation>
    </message>
    <message>
        <source>e.g. OIM Pekín</source>
        <translation>p. ex. OIM Pekín</translation>
    </message>
    <message>
        <source>&amp;English:</source>
        <translation>&amp;Anglais&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;French:</source>
        <translation>&amp;Français&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Spanish:</source>
        <translation>&amp;Espagnol&#xa0;:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>Kind of office</source>
        <translation>Type de bureau</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Switchboard number</source>
        <translation>Numéro du standard</translation>
    </message>
    <message>
        <source>+86 10 5979 9600</source>
        <translation>+86 10 5979 9600</translation>
    </message>
    <message>
        <source>S&amp;witchboard:</source>
        <translation>&amp;Standard&#xa0;:</translation>
    </message>
    <message>
        <source>Parent office</source>
        <translation>Bureau de rattachement</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>&amp;Rattaché à&#xa0;:</translation>
    </message>
    <message>
        <source>the new office</source>
        <translation>le nouveau bureau</translation>
    </message>
    <message>
        <source>No parent office</source>
        <translation>Aucun bureau de rattachement</translation>
    </message>
    <message>
        <source>New office</source>
        <translation>Nouveau bureau</translation>
    </message>
    <message>
        <source>An office needs an English name and a country.</source>
        <translation>Un bureau doit avoir un nom anglais et un pays.</translation>
    </message>
    <message>
        <source>Reads as {number} ({line})</source>
        <translation>Compris comme {number} ({line})</translation>
    </message>
    <message>
        <source>This number looks invalid: {reason}.</source>
        <translation>Ce numéro semble non valide&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>choose a country from the list</source>
        <translation>choisissez un pays dans la liste</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this office meanwhile.</source>
        <translation>Non enregistré&#xa0;: quelqu&apos;un d&apos;autre a modifié ce bureau entre-temps.</translation>
    </message>
    <message>
        <source>Not saved: this office was deleted meanwhile.</source>
        <translation>Non enregistré&#xa0;: ce bureau a été supprimé entre-temps.</translation>
    </message>
    <message>
        <source>Someone else deleted this office while you were editing it, so your edits cannot be saved. Reload closes it.</source>
        <translation>Quelqu&apos;un d&apos;autre a supprimé ce bureau pendant que vous le modifiiez&#xa0;: vos modifications ne peuvent pas être enregistrées. Recharger le ferme.</translation>
    </message>
    <message>
        <source>Someone else changed this office while you were editing it. Reload shows their version and drops your unsaved edits.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ce bureau pendant que vous le modifiiez. Recharger affiche sa version et abandonne vos modifications non enregistrées.</translation>
    </message>
</context>
<context>
    <name>OfficeTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>Standard</translation>
    </message>
</context>
<context>
    <name>OfficesSection</name>
    <message>
        <source>Filter offices</source>
        <translation>Filtrer les bureaux</translation>
    </message>
    <message>
        <source>Filter by name, country, city…</source>
        <translation>Filtrer par nom, pays, ville…</translation>
    </message>
    <message>
        <source>New office</source>
        <translation>Nouveau bureau</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <source>&amp;New Office</source>
        <translation>&amp;Nouveau bureau</translation>
    </message>
    <message>
        <source>1 office</source>
        <translation>1 bureau</translation>
    </message>
    <message>
        <source>{count} offices</source>
        <translation>{count} bureaux</translation>
    </message>
    <message>
        <source>1 office found</source>
        <translation>1 bureau trouvé</translation>
    </message>
    <message>
        <source>{count} offices found</source>
        <translation>{count} bureaux trouvés</translation>
    </message>
    <message>
        <source>{name} was deleted by someone else.</source>
        <translation>{name} a été supprimé par quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>Ajouter {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} enregistré.</translation>
    </message>
    <message>
        <source>Cannot restore this version</source>
        <translation>Impossible de rétablir cette version</translation>
    </message>
    <message>
        <source>Version {version} holds what {name} holds now: nothing changed.</source>
        <translation>La version {version} contient déjà ce que contient {name}&#xa0;: rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Restore version {version} of {name}</source>
        <translation>Rétablir la version {version} de {name}</translation>
    </message>
    <message>
        <source>Put back version {version} of {name}. Undo brings back what it replaced.</source>
        <translation>Version {version} de {name} rétablie. Annuler rétablit ce qu&apos;elle a remplacé.</translation>
    </message>
    <message>
        <source>Cannot delete {name}</source>
        <translation>Impossible de supprimer {name}</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Supprimer {name}</translation>
    </message>
    <message>
        <source>Deleted {name}. Undo brings the office back.</source>
        <translation>{name} supprimé. «&#xa0;Annuler&#xa0;» fait revenir le bureau.</translation>
    </message>
</context>
<context>
    <name>OutdatedReleasesView</name>
    <message>
        <source>Checking the published releases…</source>
        <translation>Vérification des communiqués publiés…</translation>
    </message>
    <message>
        <source>No published release prints a phone number or e-mail address that has changed since.</source>
        <translation>Aucun communiqué publié n&apos;imprime un numéro de téléphone ou une adresse électronique modifiés depuis.</translation>
    </message>
    <message>
        <source>{title} ({date}), changes: {count}</source>
        <translation>{title} ({date}), modifications&#xa0;: {count}</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>courriel</translation>
    </message>
    <message>
        <source>Now: {value}</source>
        <translation>Aujourd&apos;hui&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Now: removed, or the contact was deleted</source>
        <translation>Aujourd&apos;hui&#xa0;: supprimé, ou le contact a été supprimé</translation>
    </message>
    <message>
        <source>{name}, {channel}</source>
        <translation>{name}, {channel}</translation>
    </message>
    <message>
        <source>Printed: {value}</source>
        <translation>Imprimé&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Published releases whose contact block prints a phone number or e-mail address that has changed or been removed since.</source>
        <translation>Communiqués publiés dont le bloc de contacts imprime un numéro de téléphone ou une adresse électronique modifiés ou supprimés depuis.</translation>
    </message>
    <message>
        <source>Outdated releases and what changed</source>
        <translation>Communiqués obsolètes et ce qui a changé</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Check the published releases again</source>
        <translation>Revérifier les communiqués publiés</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>New releases</source>
        <translation>Nouveaux communiqués</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>A password for this server is kept in {file}; type one only to change it.</source>
        <translation>Un mot de passe pour ce serveur est conservé dans {file}&#xa0;; n’en saisissez un que pour le changer.</translation>
    </message>
    <message>
        <source>Kept in {file}, where psql and other PostgreSQL programs find it too; never in the settings.</source>
        <translation>Conservé dans {file}, où psql et les autres programmes PostgreSQL le trouvent aussi&#xa0;; jamais dans les réglages.</translation>
    </message>
    <message>
        <source>Connecting to {host}, port {port}…</source>
        <translation>Connexion à {host}, port {port}…</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Pages des préférences</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l&apos;interface&#xa0;:</translation>
    </message>
    <message>
        <source>Default release &amp;language:</source>
        <translation>Langue des &amp;communiqués par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Default block la&amp;yout:</source>
        <translation>&amp;Disposition du bloc par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>In use now:</source>
        <translation>Utilisée maintenant&#xa0;:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Your &amp;name in the history:</source>
        <translation>Votre &amp;nom dans l&apos;historique&#xa0;:</translation>
    </message>
    <message>
        <source>Your name in the history</source>
        <translation>Votre nom dans l&apos;historique</translation>
    </message>
    <message>
        <source>Every change you make is recorded under this name. Left empty, your login name is used.</source>
        <translation>Chaque modification que vous faites est enregistrée sous ce nom. S&apos;il est vide, votre nom de session est utilisé.</translation>
    </message>
    <message>
        <source>The &amp;file on this computer, for one person</source>
        <translation>Le &amp;fichier sur cet ordinateur, pour une personne</translation>
    </message>
    <message>
        <source>A PostgreSQL &amp;server, shared by a team</source>
        <translation>Un &amp;serveur PostgreSQL, partagé par une équipe</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>SSL &amp;mode:</source>
        <translation>Mode SS&amp;L&#xa0;:</translation>
    </message>
    <message>
        <source>never encrypted</source>
        <translation>jamais chiffrée</translation>
    </message>
    <message>
        <source>encrypted only if the server insists</source>
        <translation>chiffrée seulement si le serveur l’exige</translation>
    </message>
    <message>
        <source>encrypted when the server offers it</source>
        <translation>chiffrée quand le serveur le propose</translation>
    </message>
    <message>
        <source>always encrypted, certificate not checked</source>
        <translation>toujours chiffrée, certificat non vérifié</translation>
    </message>
    <message>
        <source>always encrypted, certificate checked</source>
        <translation>toujours chiffrée, certificat vérifié</translation>
    </message>
    <message>
        <source>always encrypted, certificate and host name checked</source>
        <translation>toujours chiffrée, certificat et nom d’hôte vérifiés</translation>
    </message>
    <message>
        <source>{mode}: {description}</source>
        <translation>{mode}&#xa0;: {description}</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Result of the connection test</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>OK opens the chosen database.</source>
        <translation>OK ouvre la base de données choisie.</translation>
    </message>
    <message>
        <source>This window uses the database that {source} names, which comes before this choice; the choice applies when the program starts without it.</source>
        <translation>Cette fenêtre utilise la base de données que désigne {source}, qui passe avant ce choix&#xa0;; le choix s’applique quand le programme démarre sans lui.</translation>
    </message>
    <message>
        <source>A new choice applies the next time the program starts, or at once if you say so after OK.</source>
        <translation>Un nouveau choix s’applique au prochain démarrage du programme, ou tout de suite si vous le demandez après OK.</translation>
    </message>
    <message>
        <source>Switch Database</source>
        <translation>Changer de base de données</translation>
    </message>
    <message>
        <source>Switch to the chosen database now? The window closes and opens again on it, after asking about any unsaved changes. Otherwise the switch happens the next time the program starts.</source>
        <translation>Passer maintenant à la base de données choisie&#xa0;? La fenêtre se ferme et se rouvre sur elle, après avoir demandé quoi faire des modifications non enregistrées. Sinon, le changement se fait au prochain démarrage du programme.</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Celle du système</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>The whole window shows the new language the next time the program starts.</source>
        <translation>Toute la fenêtre s&apos;affichera dans la nouvelle langue au prochain démarrage du programme.</translation>
    </message>
    <message>
        <source>Default language of new releases</source>
        <translation>Langue par défaut des nouveaux communiqués</translation>
    </message>
    <message>
        <source>Stacked (one detail a line)</source>
        <translation>Empilée (un élément par ligne)</translation>
    </message>
    <message>
        <source>Inline (one sentence per contact)</source>
        <translation>En ligne (une phrase par contact)</translation>
    </message>
    <message>
        <source>Default block layout</source>
        <translation>Disposition du bloc par défaut</translation>
    </message>
    <message>
        <source>Database location</source>
        <translation>Emplacement de la base de données</translation>
    </message>
    <message>
        <source>To use another database, start the program with --db or set CRM_DB_URL.</source>
        <translation>Pour utiliser une autre base de données, lancez le programme avec --db ou définissez CRM_DB_URL.</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Name order</source>
        <translation>Ordre du nom</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Job title ({language})</source>
        <translation>Fonction ({language})</translation>
    </message>
    <message>
        <source>Family name first</source>
        <translation>Nom de famille d&apos;abord</translation>
    </message>
    <message>
        <source>Given name first</source>
        <translation>Prénom d&apos;abord</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>{number} (kept as typed)</source>
        <translation>{number} (gardé tel que saisi)</translation>
    </message>
    <message>
        <source>Office name ({language})</source>
        <translation>Nom du bureau ({language})</translation>
    </message>
</context>
<context>
    <name>ReleaseEditor</name>
    <message>
        <source>Give the release a title.</source>
        <translation>Donnez un titre au communiqué.</translation>
    </message>
    <message>
        <source>The release was not saved: {reason}</source>
        <translation>Le communiqué n&apos;a pas été enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Someone else deleted this release while you were editing it, so your edits cannot be saved. Reload closes it.</source>
        <translation>Quelqu&apos;un d&apos;autre a supprimé ce communiqué pendant que vous le modifiiez&#xa0;: vos modifications ne peuvent pas être enregistrées. Recharger le ferme.</translation>
    </message>
    <message>
        <source>Someone else changed this release while you were editing it. Reload shows their version and drops your unsaved edits.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ce communiqué pendant que vous le modifiiez. Recharger affiche sa version et abandonne vos modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Add at least one contact before publishing.</source>
        <translation>Ajoutez au moins un contact avant de publier.</translation>
    </message>
    <message>
        <source>Publish “{title}”?

The contact block is frozen as shown: later changes to these contacts will not alter it, and the release will be listed as outdated when a number or address it prints changes.</source>
        <translation>Publier «&#xa0;{title}&#xa0;»&#xa0;?

Le bloc de contacts est figé tel qu&apos;affiché&#xa0;: les modifications ultérieures de ces contacts ne le changeront pas, et le communiqué sera signalé comme obsolète si un numéro ou une adresse qu&apos;il imprime change.</translation>
    </message>
    <message>
        <source>Warnings about the block: {count}. Check them beside the preview first.</source>
        <translation>Avertissements sur le bloc&#xa0;: {count}. Vérifiez-les d&apos;abord à côté de l&apos;aperçu.</translation>
    </message>
    <message>
        <source>Publish the release</source>
        <translation>Publier le communiqué</translation>
    </message>
    <message>
        <source>The release was not published: {reason}</source>
        <translation>Le communiqué n&apos;a pas été publié&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the new release</source>
        <translation>le nouveau communiqué</translation>
    </message>
    <message>
        <source>(no office)</source>
        <translation>(aucun bureau)</translation>
    </message>
    <message>
        <source>Contact block copied, formatted and as plain text: paste it into the release.</source>
        <translation>Bloc de contacts copié, mis en forme et en texte brut&#xa0;: collez-le dans le communiqué.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Outdated: the printed block cites details that have changed since ({names}). See Outdated releases.</source>
        <translation>Obsolète&#xa0;: le bloc publié cite des coordonnées qui ont changé depuis ({names}). Voir Communiqués obsolètes.</translation>
    </message>
    <message>
        <source>New release</source>
        <translation>Nouveau communiqué</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Communiqué</translation>
    </message>
    <message>
        <source>Contacts named in the block</source>
        <translation>Contacts cités dans le bloc</translation>
    </message>
    <message>
        <source>Contact block</source>
        <translation>Bloc de contacts</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>Date&amp;line:</source>
        <translation>&amp;Lieu d&apos;émission&#xa0;:</translation>
    </message>
    <message>
        <source>Issuing &amp;office:</source>
        <translation>&amp;Bureau émetteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>Adresse &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>Release title</source>
        <translation>Titre du communiqué</translation>
    </message>
    <message>
        <source>Title of the release</source>
        <translation>Titre du communiqué</translation>
    </message>
    <message>
        <source>Release language</source>
        <translation>Langue du communiqué</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Date du communiqué</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Lieu d&apos;émission</translation>
    </message>
    <message>
        <source>e.g. BEIJING</source>
        <translation>p. ex. PÉKIN</translation>
    </message>
    <message>
        <source>Issuing office</source>
        <translation>Bureau émetteur</translation>
    </message>
    <message>
        <source>Web address of the release</source>
        <translation>Adresse web du communiqué</translation>
    </message>
    <message>
        <source>Contacts, in the order they are printed</source>
        <translation>Contacts, dans l&apos;ordre d&apos;impression</translation>
    </message>
    <message>
        <source>Drag a contact to change the order.</source>
        <translation>Faites glisser un contact pour changer l&apos;ordre.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add contacts</source>
        <translation>Ajouter des contacts</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected contact</source>
        <translation>Retirer le contact sélectionné</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move the selected contact up</source>
        <translation>Monter le contact sélectionné</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Move the selected contact down</source>
        <translation>Descendre le contact sélectionné</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publier…</translation>
    </message>
    <message>
        <source>Freezes the contact block as printed.</source>
        <translation>Fige le bloc de contacts tel qu&apos;il est publié.</translation>
    </message>
    <message>
        <source>&amp;New release from this one</source>
        <translation>&amp;Nouveau communiqué à partir de celui-ci</translation>
    </message>
    <message>
        <source>New release with the same contacts</source>
        <translation>Nouveau communiqué avec les mêmes contacts</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <source>Drop unsaved changes</source>
        <translation>Abandonner les modifications non enregistrées</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the release</source>
        <translation>Enregistrer le communiqué</translation>
    </message>
    <message>
        <source>Reload the stored version</source>
        <translation>Recharger la version enregistrée</translation>
    </message>
    <message>
        <source>Why the release was not saved</source>
        <translation>Pourquoi le communiqué n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>Outdated release</source>
        <translation>Communiqué obsolète</translation>
    </message>
    <message>
        <source>Release editor</source>
        <translation>Éditeur de communiqué</translation>
    </message>
</context>
<context>
    <name>ReleaseImportDialog</name>
    <message>
        <source>{file} is too large to be a release ({size} MB).</source>
        <translation>{file} est trop volumineux pour un communiqué ({size} Mo).</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <translation>Impossible de lire {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Pasted text (no file).</source>
        <translation>Texte collé (sans fichier).</translation>
    </message>
    <message>
        <source>From the file {file}, edited here</source>
        <translation>Du fichier {file}, modifié ici</translation>
    </message>
    <message>
        <source>From the file {file}</source>
        <translation>Du fichier {file}</translation>
    </message>
    <message>
        <source>Open a release</source>
        <translation>Ouvrir un communiqué</translation>
    </message>
    <message>
        <source>Releases (*.txt *.html *.htm);;All files (*)</source>
        <translation>Communiqués (*.txt *.html *.htm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the release…</source>
        <translation>Lecture du communiqué…</translation>
    </message>
    <message>
        <source>The text could not be read: {reason}</source>
        <translation>Le texte n&apos;a pas pu être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>No contacts found. This text has no “For more information, please contact:” block (or one in French or Spanish), so there is nobody to import. Paste the whole release, down to its last lines.</source>
        <translation>Aucun contact trouvé. Ce texte n&apos;a pas de bloc «&#xa0;Pour plus d&apos;informations, veuillez contacter&#xa0;:&#xa0;» (ni en anglais ni en espagnol)&#xa0;: il n&apos;y a personne à importer. Collez tout le communiqué, jusqu&apos;à ses dernières lignes.</translation>
    </message>
    <message>
        <source>No contacts found. The text&apos;s contact block names no one with a phone number or an e-mail address, so there is nobody to import.</source>
        <translation>Aucun contact trouvé. Le bloc de contacts du texte ne nomme personne avec un numéro de téléphone ou une adresse électronique&#xa0;: il n&apos;y a personne à importer.</translation>
    </message>
    <message>
        <source>not in the text: the file name “{name}” will be used</source>
        <translation>absent du texte&#xa0;: le nom de fichier «&#xa0;{name}&#xa0;» sera utilisé</translation>
    </message>
    <message>
        <source>not found: put the release&apos;s title on the first line of the text</source>
        <translation>introuvable&#xa0;: mettez le titre du communiqué sur la première ligne du texte</translation>
    </message>
    <message>
        <source>not given: the release will be dated today</source>
        <translation>non indiquée&#xa0;: le communiqué sera daté d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>non reconnue</translation>
    </message>
    <message>
        <source>⚠ Cannot be imported: {reason}</source>
        <translation>⚠ Impossible d&apos;importer&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>{number} (suggestion taken)</source>
        <translation>{number} (suggestion retenue)</translation>
    </message>
    <message>
        <source>{number} — not a valid number</source>
        <translation>{number} — numéro non valide</translation>
    </message>
    <message>
        <source>did you mean {number}?</source>
        <translation>vouliez-vous dire {number}&#xa0;?</translation>
    </message>
    <message>
        <source>⚠ 1 address hidden by the web page</source>
        <translation>⚠ 1 adresse masquée par la page web</translation>
    </message>
    <message>
        <source>⚠ {count} addresses hidden by the web page</source>
        <translation>⚠ {count} adresses masquées par la page web</translation>
    </message>
    <message>
        <source>No stored contact matches.</source>
        <translation>Aucun contact enregistré ne correspond.</translation>
    </message>
    <message>
        <source>Same person: {reason}</source>
        <translation>Même personne&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Perhaps the same person: {reason}</source>
        <translation>Peut-être la même personne&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>What to do with {name}</source>
        <translation>Que faire de {name}</translation>
    </message>
    <message>
        <source>Skip (cannot be imported)</source>
        <translation>Ignorer (import impossible)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Link to the stored contact</source>
        <translation>Rattacher au contact enregistré</translation>
    </message>
    <message>
        <source>Create a new contact</source>
        <translation>Créer un nouveau contact</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>{name}: {number} is not a valid number.</source>
        <translation>{name}&#xa0;: {number} n&apos;est pas un numéro valide.</translation>
    </message>
    <message>
        <source>Use {number}</source>
        <translation>Utiliser {number}</translation>
    </message>
    <message>
        <source>Use the suggested number</source>
        <translation>Utiliser le numéro suggéré</translation>
    </message>
    <message>
        <source>Use the suggested number {number} for {name}</source>
        <translation>Utiliser le numéro suggéré {number} pour {name}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>The import failed; nothing was written. {reason}</source>
        <translation>L&apos;importation a échoué&#xa0;; rien n&apos;a été enregistré. {reason}</translation>
    </message>
    <message>
        <source>Release title: {reason}</source>
        <translation>Titre du communiqué&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Nothing was imported. {reason}</source>
        <translation>Rien n&apos;a été importé. {reason}</translation>
    </message>
    <message>
        <source>One person may already be among your contacts: choose Link, Create or Skip where the table says “Choose…” before importing.</source>
        <translation>Une personne figure peut-être déjà parmi vos contacts&#xa0;: choisissez Rattacher, Créer ou Ignorer là où le tableau indique «&#xa0;Choisir…&#xa0;» avant d&apos;importer.</translation>
    </message>
    <message>
        <source>{count} people may already be among your contacts: choose Link, Create or Skip where the table says “Choose…” before importing.</source>
        <translation>{count} personnes figurent peut-être déjà parmi vos contacts&#xa0;: choisissez Rattacher, Créer ou Ignorer là où le tableau indique «&#xa0;Choisir…&#xa0;» avant d&apos;importer.</translation>
    </message>
    <message>
        <source>Nothing is saved yet. Import will link {link}, create {create} and skip {skip}, and record the release.</source>
        <translation>Rien n&apos;est encore enregistré. L&apos;importation rattachera {link}, créera {create}, ignorera {skip} et enregistrera le communiqué.</translation>
    </message>
    <message>
        <source>Import from Release Text</source>
        <translation>Importer depuis le texte d&apos;un communiqué</translation>
    </message>
    <message>
        <source>Paste the text of a published release here, or drop its file (.txt, .html).</source>
        <translation>Collez ici le texte d&apos;un communiqué publié, ou déposez son fichier (.txt, .html).</translation>
    </message>
    <message>
        <source>Release text</source>
        <translation>Texte du communiqué</translation>
    </message>
    <message>
        <source>The release to read; a dropped .txt or .html file is read whatever its encoding</source>
        <translation>Le communiqué à lire&#xa0;; un fichier .txt ou .html déposé est lu quel que soit son encodage</translation>
    </message>
    <message>
        <source>File the text came from</source>
        <translation>Fichier d&apos;où vient le texte</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Open a release file</source>
        <translation>Ouvrir le fichier d&apos;un communiqué</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Dateline:</source>
        <translation>Lieu d&apos;émission&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Release title</source>
        <translation>Titre du communiqué</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Date du communiqué</translation>
    </message>
    <message>
        <source>Release dateline</source>
        <translation>Lieu d&apos;émission du communiqué</translation>
    </message>
    <message>
        <source>Release language</source>
        <translation>Langue du communiqué</translation>
    </message>
    <message>
        <source>What the reader noticed</source>
        <translation>Ce que la lecture a relevé</translation>
    </message>
    <message>
        <source>Paste a release or drop its file here…</source>
        <translation>Collez un communiqué ou déposez son fichier ici…</translation>
    </message>
    <message>
        <source>The people of its “For more information, please contact:” block are listed here, each beside the contact you already have. Nothing is saved until you choose Import.</source>
        <translation>Les personnes de son bloc «&#xa0;Pour plus d&apos;informations, veuillez contacter&#xa0;:&#xa0;» apparaissent ici, chacune à côté du contact que vous avez déjà. Rien n&apos;est enregistré avant que vous choisissiez Importer.</translation>
    </message>
    <message>
        <source>No release yet</source>
        <translation>Pas encore de communiqué</translation>
    </message>
    <message>
        <source>No contacts found</source>
        <translation>Aucun contact trouvé</translation>
    </message>
    <message>
        <source>People found in the release</source>
        <translation>Personnes trouvées dans le communiqué</translation>
    </message>
    <message>
        <source>In the release</source>
        <translation>Dans le communiqué</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Courriels</translation>
    </message>
    <message>
        <source>Stored contact</source>
        <translation>Contact enregistré</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
    <message>
        <source>Suggested phone numbers</source>
        <translation>Numéros suggérés</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>État de l&apos;importation</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the release and its contacts</source>
        <translation>Importer le communiqué et ses contacts</translation>
    </message>
    <message>
        <source>Import (Ctrl+Return)</source>
        <translation>Importer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without importing</source>
        <translation>Fermer sans importer</translation>
    </message>
</context>
<context>
    <name>ReleaseTableModel</name>
    <message>
        <source>Published, outdated</source>
        <translation>Publié, obsolète</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>The printed contact block cites a phone number or e-mail address that has changed since: see Outdated releases.</source>
        <translation>Le bloc de contacts publié cite un numéro de téléphone ou une adresse électronique qui a changé depuis&#xa0;: voir Communiqués obsolètes.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>ReleasesSection</name>
    <message>
        <source>Releases</source>
        <extracomment>The release list&apos;s share of the width until the person moves the splitter.</extracomment>
        <translation>Communiqués</translation>
    </message>
    <message>
        <source>New &amp;Release</source>
        <translation>Nouveau &amp;communiqué</translation>
    </message>
    <message>
        <source>New release with the contacts of “{title}”: {count}.</source>
        <translation>Nouveau communiqué avec les contacts de «&#xa0;{title}&#xa0;»&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>Delete the release</source>
        <translation>Supprimer le communiqué</translation>
    </message>
    <message>
        <source>Delete “{title}”? Its contacts are kept.</source>
        <translation>Supprimer «&#xa0;{title}&#xa0;»&#xa0;? Ses contacts sont conservés.</translation>
    </message>
    <message>
        <source>Release deleted.</source>
        <translation>Communiqué supprimé.</translation>
    </message>
    <message>
        <source>Cannot restore this version</source>
        <translation>Impossible de rétablir cette version</translation>
    </message>
    <message>
        <source>Version {version} holds what {name} holds now: nothing changed.</source>
        <translation>La version {version} contient déjà ce que contient {name}&#xa0;: rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Restore version {version} of {name}</source>
        <translation>Rétablir la version {version} de {name}</translation>
    </message>
    <message>
        <source>Put back version {version} of {name}. Undo brings back what it replaced.</source>
        <translation>Version {version} de {name} rétablie. Annuler rétablit ce qu&apos;elle a remplacé.</translation>
    </message>
    <message>
        <source>“{title}” was deleted by someone else.</source>
        <translation>«&#xa0;{title}&#xa0;» a été supprimé par quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>Release saved.</source>
        <translation>Communiqué enregistré.</translation>
    </message>
    <message>
        <source>Release published: its contact block is kept as printed.</source>
        <translation>Communiqué publié&#xa0;: son bloc de contacts est conservé tel que publié.</translation>
    </message>
    <message>
        <source>All releases</source>
        <translation>Tous les communiqués</translation>
    </message>
    <message>
        <source>Outdated releases</source>
        <translation>Communiqués obsolètes</translation>
    </message>
    <message>
        <source>Release lists</source>
        <translation>Listes de communiqués</translation>
    </message>
    <message>
        <source>Search releases</source>
        <translation>Rechercher des communiqués</translation>
    </message>
    <message>
        <source>&amp;New release</source>
        <translation>&amp;Nouveau communiqué</translation>
    </message>
    <message>
        <source>Start a new release</source>
        <translation>Commencer un nouveau communiqué</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore a Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup to put in place of the database. The current file is kept as a backup first, so a restore can be undone.</source>
        <translation>Choisissez la sauvegarde à mettre à la place de la base de données. Le fichier actuel est d&apos;abord conservé comme sauvegarde&#xa0;: une restauration peut donc être annulée.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Avant une mise à niveau</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Aucune sauvegarde pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Put the backup made {made} in place of the database?

Press Contacts will close the database, restore the backup and open it again. The current file is kept as a backup first.</source>
        <translation>Mettre la sauvegarde du {made} à la place de la base de données&#xa0;?

Press Contacts va fermer la base, restaurer la sauvegarde puis la rouvrir. Le fichier actuel est d&apos;abord conservé comme sauvegarde.</translation>
    </message>
</context>
<context>
    <name>SheetExportDialog</name>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export to spreadsheet</source>
        <translation>Exporter vers un tableur</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>{file} already exists. Replace it?</source>
        <translation>{file} existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Exported {done} of {total} contacts…</source>
        <translation>{done} contacts exportés sur {total}…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Contacts exported to {file}: {count}.</source>
        <translation>Contacts exportés vers {file}&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation>L&apos;exportation a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Annuler l&apos;exportation</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Fermer cette fenêtre</translation>
    </message>
    <message>
        <source>Export to Spreadsheet</source>
        <translation>Exporter vers un tableur</translation>
    </message>
    <message>
        <source>Contacts to export</source>
        <translation>Contacts à exporter</translation>
    </message>
    <message>
        <source>The selected contact</source>
        <translation>Le contact sélectionné</translation>
    </message>
    <message>
        <source>The {count} selected contacts</source>
        <translation>Les {count} contacts sélectionnés</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Tous les contacts</translation>
    </message>
    <message>
        <source>The contacts of the release “{title}”</source>
        <translation>Les contacts du communiqué «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>The contacts of this release</source>
        <translation>Les contacts de ce communiqué</translation>
    </message>
    <message>
        <source>Export the selected contacts</source>
        <translation>Exporter les contacts sélectionnés</translation>
    </message>
    <message>
        <source>Export all contacts</source>
        <translation>Exporter tous les contacts</translation>
    </message>
    <message>
        <source>Export the release&apos;s contacts</source>
        <translation>Exporter les contacts du communiqué</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Colonnes&#xa0;:</translation>
    </message>
    <message>
        <source>Every field (this application&apos;s columns)</source>
        <translation>Tous les champs (colonnes de cette application)</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Outlook</translation>
    </message>
    <message>
        <source>Google Contacts</source>
        <translation>Google Contacts</translation>
    </message>
    <message>
        <source>Column layout</source>
        <translation>Disposition des colonnes</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format du fichier</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisissez un fichier…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Choisir le fichier à écrire</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l&apos;exportation</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Start the export</source>
        <translation>Lancer l&apos;exportation</translation>
    </message>
</context>
<context>
    <name>SheetFiles</name>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Feuilles de calcul (*.csv *.xlsx *.txt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Import from spreadsheet</source>
        <translation>Importer depuis un tableur</translation>
    </message>
    <message>
        <source>There is no file at {file}.</source>
        <translation>Il n&apos;y a pas de fichier à l&apos;emplacement {file}.</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>Le fichier n&apos;a pas pu être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Read as {encoding}, columns separated by {delimiter}.</source>
        <translation>Lu en {encoding}, colonnes séparées par des {delimiter}.</translation>
    </message>
    <message>
        <source>Mapping remembered from last time.</source>
        <translation>Association reprise de la dernière fois.</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>virgules</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation>barres verticales</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>Field for column {column}</source>
        <translation>Champ de la colonne {column}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Reading {file} to see what would change…</source>
        <translation>Lecture de {file} pour voir ce qui changerait…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importation de {file}…</translation>
    </message>
    <message>
        <source>Preview cancelled. Nothing was written.</source>
        <translation>Aperçu annulé. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written: the database is as it was.</source>
        <translation>Importation annulée. Rien n&apos;a été écrit&#xa0;: la base de données est inchangée.</translation>
    </message>
    <message>
        <source>The import failed; nothing was written. {reason}</source>
        <translation>L&apos;importation a échoué&#xa0;; rien n&apos;a été écrit. {reason}</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Importing this file would give: new contacts {created}, updated {updated}, unchanged {unchanged}; rows skipped {skipped}.</source>
        <translation>Rien n&apos;a encore été écrit. Importer ce fichier donnerait&#xa0;: nouveaux contacts {created}, mis à jour {updated}, inchangés {unchanged}&#xa0;; lignes ignorées {skipped}.</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>Il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <source>Imported. New contacts: {created}, updated: {updated}, unchanged: {unchanged}; rows skipped: {skipped}.</source>
        <translation>Importé. Nouveaux contacts&#xa0;: {created}, mis à jour&#xa0;: {updated}, inchangés&#xa0;: {unchanged}&#xa0;; lignes ignorées&#xa0;: {skipped}.</translation>
    </message>
    <message>
        <source>… ({count} in all)</source>
        <translation>… ({count} en tout)</translation>
    </message>
    <message>
        <source>Create it, in</source>
        <translation>Le créer, pays&#xa0;:</translation>
    </message>
    <message>
        <source>Create the office “{name}”</source>
        <translation>Créer le bureau «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Country of the office “{name}”</source>
        <translation>Pays du bureau «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>No office has these names. Tick one and choose its country to create it with the import; otherwise its contacts are imported without an office, the name kept in their notes.</source>
        <translation>Aucun bureau ne porte ces noms. Cochez-en un et choisissez son pays pour le créer avec l&apos;importation&#xa0;; sinon ses contacts sont importés sans bureau, le nom gardé dans leurs notes.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the work in progress</source>
        <translation>Annuler le travail en cours</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Fermer cette fenêtre</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>To create ({count})</source>
        <translation>À créer ({count})</translation>
    </message>
    <message>
        <source>To update ({count})</source>
        <translation>À compléter ({count})</translation>
    </message>
    <message>
        <source>Unchanged ({count})</source>
        <translation>Inchangés ({count})</translation>
    </message>
    <message>
        <source>Skipped ({count})</source>
        <translation>Ignorées ({count})</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Avertissements ({count})</translation>
    </message>
    <message>
        <source>Unknown offices ({count})</source>
        <translation>Bureaux inconnus ({count})</translation>
    </message>
    <message>
        <source>Created ({count})</source>
        <translation>Créés ({count})</translation>
    </message>
    <message>
        <source>Updated ({count})</source>
        <translation>Complétés ({count})</translation>
    </message>
    <message>
        <source>Import from Spreadsheet</source>
        <translation>Importer depuis un tableur</translation>
    </message>
    <message>
        <source>Choose a CSV or Excel (.xlsx) file, for example an export from Outlook, Google Contacts or Thunderbird, or a list made by hand. Next, you say what each column holds, then see what the import would create, update and skip before anything is written.</source>
        <translation>Choisissez un fichier CSV ou Excel (.xlsx), par exemple un export d&apos;Outlook, de Google Contacts ou de Thunderbird, ou une liste faite à la main. Vous indiquez ensuite ce que contient chaque colonne, puis voyez ce que l&apos;importation créerait, mettrait à jour et ignorerait avant que rien ne soit écrit.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisissez un fichier…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>En&amp;codage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>Feui&amp;lle&#xa0;:</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with signature</source>
        <translation>UTF-8 avec signature</translation>
    </message>
    <message>
        <source>UTF-16 (Excel “Unicode text”)</source>
        <translation>UTF-16 («&#xa0;Texte Unicode&#xa0;» d&apos;Excel)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (occidental)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Virgule</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Point-virgule</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Vertical bar</source>
        <translation>Barre verticale</translation>
    </message>
    <message>
        <source>Columns of the file and what each holds</source>
        <translation>Colonnes du fichier et ce que chacune contient</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Résumé de l&apos;importation</translation>
    </message>
    <message>
        <source>Rows by outcome</source>
        <translation>Lignes par résultat</translation>
    </message>
    <message>
        <source>Rows that create a contact</source>
        <translation>Lignes qui créent un contact</translation>
    </message>
    <message>
        <source>Rows that complete a contact</source>
        <translation>Lignes qui complètent un contact</translation>
    </message>
    <message>
        <source>Rows that change nothing</source>
        <translation>Lignes qui ne changent rien</translation>
    </message>
    <message>
        <source>Rows that are skipped, with the reason</source>
        <translation>Lignes ignorées, avec la raison</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Offices the file names that do not exist</source>
        <translation>Bureaux nommés par le fichier qui n&apos;existent pas</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; P&amp;récédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Suiva&amp;nt &gt;</translation>
    </message>
    <message>
        <source>Go to the next step</source>
        <translation>Passer à l&apos;étape suivante</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the file</source>
        <translation>Importer le fichier</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Cannot undo</source>
        <translation>Impossible d&apos;annuler</translation>
    </message>
    <message>
        <source>“{action}” was not undone: {reason}

It stays in Edit → Undo, so you can try again once this is sorted out.</source>
        <translation>«&#xa0;{action}&#xa0;» n&apos;a pas été annulé&#xa0;: {reason}

L&apos;action reste dans Édition → Annuler&#xa0;: vous pourrez réessayer une fois le problème réglé.</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>Impossible de rétablir</translation>
    </message>
    <message>
        <source>“{action}” was not redone: {reason}

It stays in Edit → Redo, so you can try again once this is sorted out.</source>
        <translation>«&#xa0;{action}&#xa0;» n&apos;a pas été rétabli&#xa0;: {reason}

L&apos;action reste dans Édition → Rétablir&#xa0;: vous pourrez réessayer une fois le problème réglé.</translation>
    </message>
    <message>
        <source>Undone: {action}. Warning: {warnings}.</source>
        <translation>Annulé&#xa0;: {action}. Attention&#xa0;: {warnings}.</translation>
    </message>
    <message>
        <source>Redone: {action}. Warning: {warnings}.</source>
        <translation>Rétabli&#xa0;: {action}. Attention&#xa0;: {warnings}.</translation>
    </message>
</context>
<context>
    <name>VCardFiles</name>
    <message>
        <source>vCard files (*.vcf *.vcard);;All files (*)</source>
        <translation>Fichiers vCard (*.vcf *.vcard);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Press Contacts</source>
        <translation>Bienvenue dans Press Contacts</translation>
    </message>
    <message>
        <source>Keep your press officers and mission contacts in one place, with phone numbers and e-mail addresses checked as you type them. There are no contacts yet: start with one of these.</source>
        <translation>Gardez vos attachés de presse et contacts de mission au même endroit, avec des numéros de téléphone et des adresses électroniques vérifiés pendant la saisie. Il n&apos;y a encore aucun contact&#xa0;: commencez par l&apos;une de ces actions.</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Type in a press officer or mission contact yourself.</source>
        <translation>Saisissez vous-même un attaché de presse ou un contact de mission.</translation>
    </message>
    <message>
        <source>Import vCards…</source>
        <translation>Importer des vCards…</translation>
    </message>
    <message>
        <source>Bring in contacts exported from Outlook, Google, Apple or Thunderbird.</source>
        <translation>Reprenez des contacts exportés d&apos;Outlook, Google, Apple ou Thunderbird.</translation>
    </message>
    <message>
        <source>Load sample data</source>
        <translation>Charger des données d&apos;exemple</translation>
    </message>
    <message>
        <source>A few offices and contacts to try the program with.</source>
        <translation>Quelques bureaux et contacts pour essayer le programme.</translation>
    </message>
</context>
<context>
    <name>gui</name>
    <message>
        <source>Press Contacts</source>
        <translation>Press Contacts</translation>
    </message>
    <message>
        <source>The database cannot be opened.

{reason}</source>
        <translation>La base de données ne peut pas être ouverte.

{reason}</translation>
    </message>
    <message>
        <source>Choose Another Database…</source>
        <translation>Choisir une autre base de données…</translation>
    </message>
    <message>
        <source>The database file is damaged and cannot be opened.

{reason}</source>
        <translation>Le fichier de la base de données est endommagé et ne peut pas être ouvert.

{reason}</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>The backup was not restored.

{reason}</source>
        <translation>La sauvegarde n&apos;a pas été restaurée.

{reason}</translation>
    </message>
    <message>
        <source>Restored {name}.</source>
        <translation>{name} a été restaurée.</translation>
    </message>
    <message>
        <source>The file it replaced was kept as {name}; File → Restore a Backup brings it back.</source>
        <translation>Le fichier remplacé a été conservé sous le nom {name}&#xa0;; Fichier → Restaurer une sauvegarde permet de le récupérer.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>honorific</source>
        <translation>civilité</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>office</source>
        <translation>bureau</translation>
    </message>
    <message>
        <source>parent office</source>
        <translation>bureau de rattachement</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>switchboard</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>courriel</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>langues</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>release</source>
        <translation>communiqué</translation>
    </message>
    <message>
        <source>dateline</source>
        <translation>lieu d&apos;émission</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>adresse web</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>output file</source>
        <translation>fichier de sortie</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>template</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{what} {key} was changed by someone else since you opened it; reload and try again</source>
        <translation>{what} {key} a été modifié par quelqu&apos;un d&apos;autre depuis son ouverture&#xa0;; rechargez puis réessayez</translation>
    </message>
    <message>
        <source>{what} not found: {key}</source>
        <translation>{what} introuvable&#xa0;: {key}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an ISO 3166 country code</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un code de pays ISO 3166</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>unbalanced curly braces ({detail}); write {{{{ or }}}} for a brace printed as is</source>
        <translation>accolades mal appariées ({detail})&#xa0;; écrivez {{{{ ou }}}} pour imprimer une accolade telle quelle</translation>
    </message>
    <message>
        <source>{name} was last verified on {date}, over {days} days ago</source>
        <translation>{name} a été vérifié pour la dernière fois le {date}, il y a plus de {days} jours</translation>
    </message>
    <message>
        <source>must contain {placeholders}</source>
        <translation>doit contenir {placeholders}</translation>
    </message>
    <message>
        <source>{name} was last verified on {date}, over {months} months ago</source>
        <translation>{name} a été vérifié pour la dernière fois le {date}, il y a plus de {months} mois</translation>
    </message>
    <message>
        <source>{name} was last verified on {date}, over 1 day ago</source>
        <translation>{name} a été vérifié pour la dernière fois le {date}, il y a plus d&apos;un jour</translation>
    </message>
    <message>
        <source>no contact-block template for &apos;{language}&apos;; available: {available}</source>
        <translation>aucun modèle de bloc de contacts pour «&#xa0;{language}&#xa0;»&#xa0;; disponibles&#xa0;: {available}</translation>
    </message>
    <message>
        <source>{file}: {place} must list punctuation marks only, such as {example}</source>
        <translation>{file}&#xa0;: {place} ne doit contenir que des signes de ponctuation, par exemple {example}</translation>
    </message>
    <message>
        <source>{file}: {place} must be text in quotation marks</source>
        <translation>{file}&#xa0;: {place} doit être un texte entre guillemets</translation>
    </message>
    <message>
        <source>unknown placeholder {placeholder}; use {choices}</source>
        <translation>champ inconnu {placeholder}&#xa0;; utilisez {choices}</translation>
    </message>
    <message>
        <source>write the placeholder as {placeholder}, with nothing else inside the braces</source>
        <translation>écrivez le champ sous la forme {placeholder}, sans rien d’autre entre les accolades</translation>
    </message>
    <message>
        <source>a block needs at least one contact</source>
        <translation>un bloc demande au moins un contact</translation>
    </message>
    <message>
        <source>contact #{id} has no name to print</source>
        <translation>le contact n° {id} n’a pas de nom à imprimer</translation>
    </message>
    <message>
        <source>must be zero or more</source>
        <translation>doit valoir zéro ou plus</translation>
    </message>
    <message>
        <source>{name} has no job title in {language}; the block prints the English one ({title})</source>
        <translation>{name} n’a pas de titre de poste en «&#xa0;{language}&#xa0;»&#xa0;; le bloc imprime le titre anglais ({title})</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({detail})</source>
        <translation>{file}&#xa0;: lecture impossible ({detail})</translation>
    </message>
    <message>
        <source>{file}: is not UTF-8 text (byte {byte}); save it as UTF-8</source>
        <translation>{file}&#xa0;: ce n’est pas du texte UTF-8 (octet {byte})&#xa0;; enregistrez-le en UTF-8</translation>
    </message>
    <message>
        <source>{file}: not valid TOML: {detail}</source>
        <translation>{file}&#xa0;: TOML non valide&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>{file}: {place} is missing</source>
        <translation>{file}&#xa0;: {place} manque</translation>
    </message>
    <message>
        <source>{name} has left the organisation</source>
        <translation>{name} a quitté l’organisation</translation>
    </message>
    <message>
        <source>{name} has no valid phone or e-mail</source>
        <translation>{name} n’a ni téléphone ni adresse électronique valide</translation>
    </message>
    <message>
        <source>{name} has never been verified</source>
        <translation>{name} n’a jamais été vérifié</translation>
    </message>
    <message>
        <source>{where}: {place} is empty</source>
        <translation>{where}&#xa0;: {place} est vide</translation>
    </message>
    <message>
        <source>{file}: {place}: {problem}</source>
        <translation>{file}&#xa0;: {place}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{file}: {key} must be a section written [{section}]</source>
        <translation>{file}&#xa0;: {key} doit être une section écrite [{section}]</translation>
    </message>
    <message>
        <source>{file}: unknown setting {place}</source>
        <translation>{file}&#xa0;: réglage inconnu {place}</translation>
    </message>
    <message>
        <source>{name} has a phone flagged invalid: {number}</source>
        <translation>{name} a un téléphone signalé comme non valide&#xa0;: {number}</translation>
    </message>
    <message>
        <source>{where}: {place}: {problem}</source>
        <translation>{where}&#xa0;: {place}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{name} has a phone that cannot be read: {number}</source>
        <translation>{name} a un téléphone illisible&#xa0;: {number}</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address.</source>
        <translation>Ce n’est pas une adresse électronique valide.</translation>
    </message>
    <message>
        <source>An email address must have an @-sign.</source>
        <translation>Une adresse électronique doit contenir un @.</translation>
    </message>
    <message>
        <source>The part after the @-sign is not valid. It should have a period.</source>
        <translation>La partie après le @ n&apos;est pas valide. Elle devrait contenir un point.</translation>
    </message>
    <message>
        <source>An email address cannot end with a period.</source>
        <translation>Une adresse électronique ne peut pas se terminer par un point.</translation>
    </message>
    <message>
        <source>An email address cannot start with a period.</source>
        <translation>Une adresse électronique ne peut pas commencer par un point.</translation>
    </message>
    <message>
        <source>An email address cannot have two periods in a row.</source>
        <translation>Une adresse électronique ne peut pas contenir deux points de suite.</translation>
    </message>
    <message>
        <source>There must be something before the @-sign.</source>
        <translation>Il doit y avoir quelque chose avant le @.</translation>
    </message>
    <message>
        <source>There must be something after the @-sign.</source>
        <translation>Il doit y avoir quelque chose après le @.</translation>
    </message>
    <message>
        <source>{country} (+{code})</source>
        <translation>{country} (+{code})</translation>
    </message>
    <message>
        <source>not a phone number: it contains characters a phone number cannot have</source>
        <translation>ce n&apos;est pas un numéro de téléphone&#xa0;: il contient des caractères impossibles dans un numéro</translation>
    </message>
    <message>
        <source>the number is not valid for {plan}</source>
        <translation>le numéro n&apos;est pas valide pour {plan}</translation>
    </message>
    <message>
        <source>country code +{code}</source>
        <translation>indicatif +{code}</translation>
    </message>
    <message>
        <source>not a phone number: it contains no digits</source>
        <translation>ce n&apos;est pas un numéro de téléphone&#xa0;: il ne contient aucun chiffre</translation>
    </message>
    <message>
        <source>the number has no country calling code: start it with + and the code (e.g. +86), or give the office a country</source>
        <translation>le numéro n&apos;a pas d&apos;indicatif international&#xa0;: commencez-le par + et l&apos;indicatif (p. ex. +86), ou indiquez le pays du bureau</translation>
    </message>
    <message>
        <source>the number is too short after the international prefix</source>
        <translation>le numéro est trop court après le préfixe international</translation>
    </message>
    <message>
        <source>the number is too short</source>
        <translation>le numéro est trop court</translation>
    </message>
    <message>
        <source>the number is too long</source>
        <translation>le numéro est trop long</translation>
    </message>
    <message>
        <source>unknown country calling code +{code}</source>
        <translation>indicatif international inconnu +{code}</translation>
    </message>
    <message>
        <source>the number is too short for {plan}</source>
        <translation>le numéro est trop court pour {plan}</translation>
    </message>
    <message>
        <source>the number is too short for {plan}: it looks like a local number</source>
        <translation>le numéro est trop court pour {plan}&#xa0;: il ressemble à un numéro local</translation>
    </message>
    <message>
        <source>the number is too long for {plan}</source>
        <translation>le numéro est trop long pour {plan}</translation>
    </message>
    <message>
        <source>the number has the wrong number of digits for {plan}</source>
        <translation>le numéro n&apos;a pas le bon nombre de chiffres pour {plan}</translation>
    </message>
    <message>
        <source>the digits after the comma ({digits}) are not read as an extension; write &apos;ext. {digits}&apos; if that is what they are</source>
        <translation>les chiffres après la virgule ({digits}) ne sont pas lus comme un numéro de poste&#xa0;; écrivez «&#xa0;poste {digits}&#xa0;» si c&apos;en est un</translation>
    </message>
    <message>
        <source>is not a valid phone number</source>
        <translation>n&apos;est pas un numéro de téléphone valide</translation>
    </message>
    <message>
        <source>{reason}; did you mean {suggestion}?</source>
        <translation>{reason}&#xa0;; vouliez-vous dire {suggestion}&#xa0;?</translation>
    </message>
    <message>
        <source>the number is empty</source>
        <translation>le numéro est vide</translation>
    </message>
    <message>
        <source>too long to be a phone number (more than {limit} characters)</source>
        <translation>trop long pour un numéro de téléphone (plus de {limit} caractères)</translation>
    </message>
    <message>
        <source>there is only an extension, no number before it</source>
        <translation>il n&apos;y a qu&apos;un numéro de poste, sans numéro avant</translation>
    </message>
    <message>
        <source>{what} {key} was changed by someone else since you read version {expected}: {who} saved version {version} at {when}; nothing was saved</source>
        <translation>{what} {key} a été modifié par quelqu&apos;un d&apos;autre depuis que vous avez lu la version {expected}&#xa0;: {who} a enregistré la version {version} le {when}&#xa0;; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>ligne {line}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>ligne {row}</translation>
    </message>
    <message>
        <source>the number is too short for {plan}: the area code ({area}) is missing</source>
        <translation>le numéro est trop court pour {plan}&#xa0;: il manque l&apos;indicatif régional ({area})</translation>
    </message>
    <message>
        <source>{count} e-mail addresses are hidden by the web page</source>
        <translation>{count} adresses électroniques sont masquées par la page web</translation>
    </message>
    <message>
        <source>1 e-mail address is hidden by the web page</source>
        <translation>1 adresse électronique est masquée par la page web</translation>
    </message>
    <message>
        <source>is too large to be a press release ({size} MB; at most {limit} MB)</source>
        <translation>est trop volumineux pour un communiqué ({size} Mo&#xa0;; au plus {limit} Mo)</translation>
    </message>
    <message>
        <source>garbled accents repaired on {count} lines (such as &apos;PÃ©kin&apos;)</source>
        <translation>accents brouillés réparés sur {count} lignes (comme «&#xa0;PÃ©kin&#xa0;»)</translation>
    </message>
    <message>
        <source>no contact block found (no “For more information” heading)</source>
        <translation>aucun bloc de contacts trouvé (pas de titre «&#xa0;Pour plus d&apos;informations&#xa0;»)</translation>
    </message>
    <message>
        <source>1 phone number or address in the block names no person; left out</source>
        <translation>1 numéro ou adresse du bloc ne nomme personne&#xa0;; laissé de côté</translation>
    </message>
    <message>
        <source>the text is not UTF-8; it was read as Windows-1252</source>
        <translation>le texte n&apos;est pas en UTF-8&#xa0;; il a été lu comme Windows-1252</translation>
    </message>
    <message>
        <source>a large page: only its top and its contact block&apos;s surroundings were read</source>
        <translation>une page volumineuse&#xa0;: seuls son début et les abords de son bloc de contacts ont été lus</translation>
    </message>
    <message>
        <source>the contact block names no one</source>
        <translation>le bloc de contacts ne nomme personne</translation>
    </message>
    <message>
        <source>{count} phone numbers or addresses in the block name no person; left out</source>
        <translation>{count} numéros ou adresses du bloc ne nomment personne&#xa0;; laissés de côté</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>Whole name (split)</source>
        <translation>Nom complet (séparé)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Deuxième prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Name suffix</source>
        <translation>Suffixe du nom</translation>
    </message>
    <message>
        <source>Family name first</source>
        <translation>Nom de famille d&apos;abord</translation>
    </message>
    <message>
        <source>Job title (English)</source>
        <translation>Fonction (anglais)</translation>
    </message>
    <message>
        <source>Job title (French)</source>
        <translation>Fonction (français)</translation>
    </message>
    <message>
        <source>Job title (Spanish)</source>
        <translation>Fonction (espagnol)</translation>
    </message>
    <message>
        <source>Other job titles</source>
        <translation>Autres fonctions</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Téléphone professionnel</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Téléphone portable</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Téléphone personnel</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Télécopie</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Autre téléphone</translation>
    </message>
    <message>
        <source>Kind of the next phone</source>
        <translation>Type du téléphone suivant</translation>
    </message>
    <message>
        <source>Work e-mail</source>
        <translation>Courriel professionnel</translation>
    </message>
    <message>
        <source>Home e-mail</source>
        <translation>Courriel personnel</translation>
    </message>
    <message>
        <source>Other e-mail</source>
        <translation>Autre courriel</translation>
    </message>
    <message>
        <source>Kind of the next e-mail</source>
        <translation>Type du courriel suivant</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Type de contact</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Dernière vérification</translation>
    </message>
    <message>
        <source>the mapped columns of this row are empty</source>
        <translation>les colonnes associées de cette ligne sont vides</translation>
    </message>
    <message>
        <source>the row has no name</source>
        <translation>la ligne n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>no column holds a name: map one to the whole name, given name or family name</source>
        <translation>aucune colonne ne contient de nom&#xa0;: associez-en une au nom complet, au prénom ou au nom de famille</translation>
    </message>
    <message>
        <source>kind &apos;{kind}&apos; is not one this program knows: left out</source>
        <translation>le type «&#xa0;{kind}&#xa0;» n&apos;est pas connu de ce programme&#xa0;: ignoré</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; does not say yes or no (active): left out</source>
        <translation>«&#xa0;{value}&#xa0;» ne dit ni oui ni non (actif)&#xa0;: ignoré</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (last verified): left out</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une date (dernière vérification)&#xa0;: ignoré</translation>
    </message>
    <message>
        <source>{field} is mapped twice, to columns {columns}: map one of them to something else or to nothing</source>
        <translation>{field} est associé deux fois, aux colonnes {columns}&#xa0;: associez l&apos;une d&apos;elles à autre chose ou à rien</translation>
    </message>
    <message>
        <source>the row has {cells} cells where the header row has {columns}: a separator is missing or extra, or a quote is left open; fix the row and import again</source>
        <translation>la ligne a {cells} cellules là où la ligne d&apos;en-tête en a {columns}&#xa0;: un séparateur manque ou est en trop, ou des guillemets ne sont pas fermés&#xa0;; corrigez la ligne et importez de nouveau</translation>
    </message>
    <message>
        <source>is not text: it holds binary data, so it is no CSV file; save the spreadsheet as CSV or .xlsx and import that</source>
        <translation>n&apos;est pas du texte&#xa0;: il contient des données binaires, ce n&apos;est donc pas un fichier CSV&#xa0;; enregistrez la feuille de calcul en CSV ou en .xlsx et importez ce fichier</translation>
    </message>
    <message>
        <source>is not a readable .xlsx workbook ({kind}: {detail}); open it in a spreadsheet program and save it again</source>
        <translation>n&apos;est pas un classeur .xlsx lisible ({kind}&#xa0;: {detail})&#xa0;; ouvrez-le dans un tableur et enregistrez-le de nouveau</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the workbook is password-protected, or an old Excel 97-2003 (.xls) file: save it without a password as .xlsx or .csv, then import that</source>
        <translation>le classeur est protégé par un mot de passe, ou c&apos;est un ancien fichier Excel 97-2003 (.xls)&#xa0;: enregistrez-le sans mot de passe en .xlsx ou en .csv, puis importez ce fichier</translation>
    </message>
    <message>
        <source>is not an .xlsx workbook (it is not a zip archive)</source>
        <translation>n&apos;est pas un classeur .xlsx (ce n&apos;est pas une archive zip)</translation>
    </message>
    <message>
        <source>the file has a header row but no contacts under it</source>
        <translation>le fichier a une ligne d&apos;en-tête mais aucun contact en dessous</translation>
    </message>
    <message>
        <source>cannot read the file: {detail}</source>
        <translation>impossible de lire le fichier&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>&apos;{encoding}&apos; is not an encoding this program knows</source>
        <translation>«&#xa0;{encoding}&#xa0;» n&apos;est pas un encodage connu de ce programme</translation>
    </message>
    <message>
        <source>the file is not {encoding} text: choose its encoding</source>
        <translation>le fichier n&apos;est pas du texte {encoding}&#xa0;: choisissez son encodage</translation>
    </message>
    <message>
        <source>the delimiter must be one character, not a quote or a line break</source>
        <translation>le séparateur doit être un seul caractère, ni un guillemet ni un saut de ligne</translation>
    </message>
    <message>
        <source>the workbook has no sheet</source>
        <translation>le classeur n&apos;a aucune feuille</translation>
    </message>
    <message>
        <source>the workbook has no sheet called &apos;{sheet}&apos; (its sheets: {sheets})</source>
        <translation>le classeur n&apos;a pas de feuille nommée «&#xa0;{sheet}&#xa0;» (ses feuilles&#xa0;: {sheets})</translation>
    </message>
    <message>
        <source>the workbook has {count} sheets: only the first, &apos;{sheet}&apos;, is read</source>
        <translation>le classeur a {count} feuilles&#xa0;: seule la première, «&#xa0;{sheet}&#xa0;», est lue</translation>
    </message>
    <message>
        <source>merged cells ({cells}): each row of a merged block is given its value, in the block&apos;s first column</source>
        <translation>cellules fusionnées ({cells})&#xa0;: chaque ligne d&apos;un bloc fusionné reçoit sa valeur, dans la première colonne du bloc</translation>
    </message>
    <message>
        <source>{count} cells hold a formula: the value saved with each was read, no formula was run (one never calculated reads as empty)</source>
        <translation>{count} cellules contiennent une formule&#xa0;: la valeur enregistrée avec chacune a été lue, aucune formule n&apos;a été exécutée (une formule jamais calculée est lue vide)</translation>
    </message>
    <message>
        <source>the first row of the sheet holds no headers</source>
        <translation>la première ligne de la feuille ne contient aucun en-tête</translation>
    </message>
    <message>
        <source>the sheet has a header row but no contacts under it</source>
        <translation>la feuille a une ligne d&apos;en-tête mais aucun contact en dessous</translation>
    </message>
    <message>
        <source>row {row}: the text is not {encoding}: choose the file&apos;s encoding</source>
        <translation>ligne {row}&#xa0;: le texte n&apos;est pas en {encoding}&#xa0;: choisissez l&apos;encodage du fichier</translation>
    </message>
    <message>
        <source>row {row}: a cell is longer than {limit} characters: a quote is probably left open</source>
        <translation>ligne {row}&#xa0;: une cellule dépasse {limit} caractères&#xa0;: des guillemets ne sont probablement pas fermés</translation>
    </message>
    <message>
        <source>row {row}: cannot read the row ({detail})</source>
        <translation>ligne {row}&#xa0;: impossible de lire la ligne ({detail})</translation>
    </message>
    <message>
        <source>is not valid UTF-8 text</source>
        <translation>n&apos;est pas un texte UTF-8 valide</translation>
    </message>
    <message>
        <source>is too long ({length} characters; at most {limit})</source>
        <translation>est trop long ({length} caractères&#xa0;; {limit} au plus)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a language code such as en, fr or es</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas un code de langue comme en, fr ou es</translation>
    </message>
    <message>
        <source>the Outlook profile writes vCard 3.0; CHARSET is not allowed in 4.0</source>
        <translation>le profil Outlook écrit du vCard 3.0&#xa0;; CHARSET n’est pas admis en 4.0</translation>
    </message>
    <message>
        <source>line {line}: text is not valid CHARSET={charset}; read as {used}</source>
        <translation>ligne {line}&#xa0;: le texte n&apos;est pas en CHARSET={charset} valide&#xa0;; lu en {used}</translation>
    </message>
    <message>
        <source>line {number} is not a vCard property: {text}</source>
        <translation>la ligne {number} n&apos;est pas une propriété vCard&#xa0;: {text}</translation>
    </message>
    <message>
        <source>no vCards found</source>
        <translation>aucune vCard trouvée</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a vCard version; use {choices}</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une version de vCard&#xa0;; utilisez {choices}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a vCard profile; use {choices}</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un profil vCard&#xa0;; utilisez {choices}</translation>
    </message>
    <message>
        <source>card has no END:VCARD</source>
        <translation>la carte n&apos;a pas de ligne END:VCARD</translation>
    </message>
    <message>
        <source>vobject: {detail}</source>
        <translation>vobject&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>cannot read card: {kind}: {detail}</source>
        <translation>carte illisible&#xa0;: {kind}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>card is larger than {limit} bytes; skipped</source>
        <translation>la carte dépasse {limit} octets&#xa0;; ignorée</translation>
    </message>
    <message>
        <source>ignored {count} line(s) outside any vCard</source>
        <translation>{count} ligne(s) hors de toute vCard ignorée(s)</translation>
    </message>
    <message>
        <source>not a vCard file (no BEGIN:VCARD found)</source>
        <translation>ce n&apos;est pas un fichier vCard (aucune ligne BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>file is not UTF-8; read as Windows-1252 (first at the card on line {line})</source>
        <translation>le fichier n&apos;est pas en UTF-8&#xa0;; lu en Windows-1252 (à partir de la carte de la ligne {line})</translation>
    </message>
    <message>
        <source>line {number} is longer than {limit} bytes; card skipped</source>
        <translation>la ligne {number} dépasse {limit} octets&#xa0;; carte ignorée</translation>
    </message>
    <message>
        <source>card has more than {limit} properties; skipped</source>
        <translation>la carte a plus de {limit} propriétés&#xa0;; ignorée</translation>
    </message>
    <message>
        <source>--db: the folder {folder} is read-only, and SQLite must write its journal files beside the database; make the folder writable, or copy the file to a folder you can write to</source>
        <translation>--db&#xa0;: le dossier {folder} est en lecture seule, et SQLite doit écrire ses fichiers de journal à côté de la base&#xa0;; rendez le dossier accessible en écriture, ou copiez le fichier dans un dossier où vous pouvez écrire</translation>
    </message>
    <message>
        <source>--db: {path} is damaged ({detail}) and cannot be read; restore the latest good backup ({backup}) with: crm-app db restore latest</source>
        <translation>--db&#xa0;: {path} est endommagé ({detail}) et ne peut pas être lu&#xa0;; restaurez la dernière sauvegarde saine ({backup}) avec&#xa0;: crm-app db restore latest</translation>
    </message>
    <message>
        <source>--db: the folder {folder} does not exist</source>
        <translation>--db&#xa0;: le dossier {folder} n’existe pas</translation>
    </message>
    <message>
        <source>--db: the URL contains a NUL character</source>
        <translation>--db&#xa0;: l’URL contient un caractère NUL</translation>
    </message>
    <message>
        <source>--db: &apos;{driver}&apos; databases are not supported; use {examples}</source>
        <translation>--db&#xa0;: les bases «&#xa0;{driver}&#xa0;» ne sont pas prises en charge&#xa0;; utilisez {examples}</translation>
    </message>
    <message>
        <source>--db: port {port} is not a port number (1 to 65535)</source>
        <translation>--db&#xa0;: {port} n’est pas un numéro de port (1 à 65535)</translation>
    </message>
    <message>
        <source>--db: &apos;{url}&apos;: a SQLite URL names a file, not a server: sqlite:///FILE</source>
        <translation>--db&#xa0;: «&#xa0;{url}&#xa0;»&#xa0;: une URL SQLite désigne un fichier, pas un serveur&#xa0;: sqlite:///FICHIER</translation>
    </message>
    <message>
        <source>--db: &apos;{url}&apos;: a SQLite URL takes no options (after &apos;?&apos;)</source>
        <translation>--db&#xa0;: «&#xa0;{url}&#xa0;»&#xa0;: une URL SQLite ne prend pas d’options (après «&#xa0;?&#xa0;»)</translation>
    </message>
    <message>
        <source>--db: {path} is another program&apos;s database (tables: {tables}); Press Contacts opens only its own files and left this one unchanged. Give a new file name to start a database of its own</source>
        <translation>--db&#xa0;: {path} est la base de données d&apos;un autre programme (tables&#xa0;: {tables})&#xa0;; Press Contacts n&apos;ouvre que ses propres fichiers et n&apos;a pas modifié celui-ci. Donnez un nouveau nom de fichier pour créer sa propre base</translation>
    </message>
    <message>
        <source>--db: {path} is damaged ({detail}) and cannot be read; there is no backup of it; keep a copy of the file before trying anything</source>
        <translation>--db&#xa0;: {path} est endommagé ({detail}) et ne peut pas être lu&#xa0;; il n&apos;en existe aucune sauvegarde&#xa0;; gardez une copie du fichier avant toute tentative</translation>
    </message>
    <message>
        <source>--db: the database was made by a newer Press Contacts (schema {schema}); update the program to open it</source>
        <translation>--db&#xa0;: la base a été créée par une version plus récente de Press Contacts (schéma {schema})&#xa0;; mettez le programme à jour pour l’ouvrir</translation>
    </message>
    <message>
        <source>--db: {path} is not a file</source>
        <translation>--db&#xa0;: {path} n’est pas un fichier</translation>
    </message>
    <message>
        <source>--db: {path} cannot be read and written (permission denied); make the file writable for you, or open a copy of it</source>
        <translation>--db&#xa0;: {path} ne peut pas être lu et écrit (permission refusée)&#xa0;; rendez le fichier accessible en écriture pour vous, ou ouvrez-en une copie</translation>
    </message>
    <message>
        <source>--db: {path} is not a database file</source>
        <translation>--db&#xa0;: {path} n’est pas un fichier de base de données</translation>
    </message>
    <message>
        <source>--db: cannot create a database in {folder} (permission denied)</source>
        <translation>--db&#xa0;: impossible de créer une base de données dans {folder} (permission refusée)</translation>
    </message>
    <message>
        <source>--db: the URL is not valid UTF-8 text</source>
        <translation>--db&#xa0;: l’URL n’est pas du texte UTF-8 valide</translation>
    </message>
    <message>
        <source>--db: &apos;{url}&apos; is not a database URL such as {examples}</source>
        <translation>--db&#xa0;: «&#xa0;{url}&#xa0;» n’est pas une URL de base de données comme {examples}</translation>
    </message>
    <message>
        <source>--db: cannot open {url}: {detail}</source>
        <translation>--db&#xa0;: impossible d’ouvrir {url}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>--db: cannot use {path}: {detail}</source>
        <translation>--db&#xa0;: impossible d’utiliser {path}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>--db: the upgrade would break {count} references; nothing was changed</source>
        <translation>--db&#xa0;: la mise à niveau casserait {count} références&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>cannot connect to {location}: {detail}</source>
        <translation>connexion impossible à {location}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>user: the server lets user {user} in only from the computer account of the same name (peer or ident authentication); ask the server&apos;s administrator</source>
        <translation>utilisateur&#xa0;: le serveur n’accepte l’utilisateur {user} que depuis le compte d’ordinateur du même nom (authentification peer ou ident)&#xa0;; adressez-vous à l’administrateur du serveur</translation>
    </message>
    <message>
        <source>user: the server has no user called {user}</source>
        <translation>utilisateur&#xa0;: le serveur n’a pas d’utilisateur nommé {user}</translation>
    </message>
    <message>
        <source>user and password: the server refused user {user} with this password; either the password is wrong or there is no such user</source>
        <translation>utilisateur et mot de passe&#xa0;: le serveur a refusé l’utilisateur {user} avec ce mot de passe&#xa0;; soit le mot de passe est faux, soit cet utilisateur n’existe pas</translation>
    </message>
    <message>
        <source>database: the server at {host} has no database called {database}; check the name, or ask the server&apos;s administrator to create it</source>
        <translation>base de données&#xa0;: le serveur {host} n’a pas de base nommée {database}&#xa0;; vérifiez le nom, ou demandez à l’administrateur du serveur de la créer</translation>
    </message>
    <message>
        <source>password: the server asks for user {user}&apos;s password, and none was typed or found in the password file</source>
        <translation>mot de passe&#xa0;: le serveur demande le mot de passe de l’utilisateur {user}, et aucun n’a été saisi ni trouvé dans le fichier de mots de passe</translation>
    </message>
    <message>
        <source>user: the server does not let user {user} connect to database {database} from this computer (its pg_hba.conf); ask the server&apos;s administrator</source>
        <translation>utilisateur&#xa0;: le serveur ne laisse pas l’utilisateur {user} se connecter à la base {database} depuis cet ordinateur (son pg_hba.conf)&#xa0;; adressez-vous à l’administrateur du serveur</translation>
    </message>
    <message>
        <source>user: user {user} may not connect to database {database}; ask the server&apos;s administrator for the CONNECT privilege</source>
        <translation>utilisateur&#xa0;: l’utilisateur {user} n’a pas le droit de se connecter à la base {database}&#xa0;; demandez le privilège CONNECT à l’administrateur du serveur</translation>
    </message>
    <message>
        <source>user: user {user} is not allowed to log in to this server</source>
        <translation>utilisateur&#xa0;: l’utilisateur {user} n’a pas le droit de se connecter à ce serveur</translation>
    </message>
    <message>
        <source>SSL mode: the server at {host} does not offer encryption, which the SSL mode “{mode}” insists on; choose “prefer”, or ask the server&apos;s administrator to turn SSL on</source>
        <translation>mode SSL&#xa0;: le serveur {host} ne propose pas le chiffrement qu’exige le mode SSL «&#xa0;{mode}&#xa0;»&#xa0;; choisissez «&#xa0;prefer&#xa0;», ou demandez à l’administrateur du serveur d’activer SSL</translation>
    </message>
    <message>
        <source>SSL mode: the encrypted connection to {host} failed ({detail}); the modes verify-ca and verify-full need the server&apos;s root certificate on this computer</source>
        <translation>mode SSL&#xa0;: la connexion chiffrée à {host} a échoué ({detail})&#xa0;; les modes verify-ca et verify-full ont besoin du certificat racine du serveur sur cet ordinateur</translation>
    </message>
    <message>
        <source>host: this computer finds no server called {host}; check the name</source>
        <translation>hôte&#xa0;: cet ordinateur ne trouve aucun serveur nommé {host}&#xa0;; vérifiez le nom</translation>
    </message>
    <message>
        <source>host and port: {host}, port {port} did not answer within {seconds} seconds; check both, and that this computer can reach the server (network, VPN, firewall)</source>
        <translation>hôte et port&#xa0;: {host}, port {port} n’a pas répondu en {seconds} secondes&#xa0;; vérifiez les deux, et que cet ordinateur peut joindre le serveur (réseau, VPN, pare-feu)</translation>
    </message>
    <message>
        <source>host and port: what answers at {host}, port {port} is not a PostgreSQL server; check the port</source>
        <translation>hôte et port&#xa0;: ce qui répond à {host}, port {port} n’est pas un serveur PostgreSQL&#xa0;; vérifiez le port</translation>
    </message>
    <message>
        <source>host and port: no PostgreSQL server answers at {host}, port {port}; check both, and that the server is running</source>
        <translation>hôte et port&#xa0;: aucun serveur PostgreSQL ne répond à {host}, port {port}&#xa0;; vérifiez les deux, et que le serveur est démarré</translation>
    </message>
    <message>
        <source>the server at {host} has no free connection left; try again in a moment</source>
        <translation>le serveur {host} n’a plus de connexion libre&#xa0;; réessayez dans un instant</translation>
    </message>
    <message>
        <source>the server at {host} is starting up or shutting down; try again in a moment</source>
        <translation>le serveur {host} est en train de démarrer ou de s’arrêter&#xa0;; réessayez dans un instant</translation>
    </message>
    <message>
        <source>not a PostgreSQL URL: {url}</source>
        <translation>ce n’est pas une URL PostgreSQL&#xa0;: {url}</translation>
    </message>
    <message>
        <source>SSL mode: the server accepts user {user} only over an encrypted connection; choose the SSL mode “require”</source>
        <translation>mode SSL&#xa0;: le serveur n’accepte l’utilisateur {user} que par une connexion chiffrée&#xa0;; choisissez le mode SSL «&#xa0;require&#xa0;»</translation>
    </message>
    <message>
        <source>not a database URL: {url}</source>
        <translation>ce n’est pas une URL de base de données&#xa0;: {url}</translation>
    </message>
    <message>
        <source>no office called &apos;{name}&apos;</source>
        <translation>aucun bureau nommé «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; names several offices ({ids}); give the id</source>
        <translation>«&#xa0;{name}&#xa0;» désigne plusieurs bureaux ({ids})&#xa0;; indiquez le numéro</translation>
    </message>
    <message>
        <source>{field}: the database refused the change ({detail})</source>
        <translation>{field}&#xa0;: la base de données a refusé la modification ({detail})</translation>
    </message>
    <message>
        <source>the database is busy with someone else&apos;s change; nothing was saved, try again</source>
        <translation>la base de données enregistre la modification de quelqu&apos;un d&apos;autre&#xa0;; rien n&apos;a été enregistré, réessayez</translation>
    </message>
    <message>
        <source>the database file or its folder is read-only, so nothing was saved; make both writable for you, or copy the file to a folder you can write to</source>
        <translation>le fichier de la base de données ou son dossier est en lecture seule, rien n&apos;a donc été enregistré&#xa0;; rendez-les modifiables pour vous, ou copiez le fichier dans un dossier où vous pouvez écrire</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}); choose the database again in Preferences, or delete the file to use the embedded one</source>
        <translation>{file} ne peut pas être lu ({reason})&#xa0;; choisissez de nouveau la base de données dans les Préférences, ou supprimez le fichier pour utiliser la base intégrée</translation>
    </message>
    <message>
        <source>connected to {location}: the database has schema {revision} and will be upgraded to {head} on first use; a copy is kept before upgrading a SQLite file only, so back the server up first</source>
        <translation>connecté à {location}&#xa0;: la base a le schéma {revision} et sera mise à niveau vers {head} à la première utilisation&#xa0;; une copie n’est gardée avant la mise à niveau que pour un fichier SQLite, sauvegardez donc d’abord le serveur</translation>
    </message>
    <message>
        <source>host: give the server&apos;s name or address</source>
        <translation>hôte&#xa0;: indiquez le nom ou l’adresse du serveur</translation>
    </message>
    <message>
        <source>database: give the database&apos;s name</source>
        <translation>base de données&#xa0;: indiquez le nom de la base</translation>
    </message>
    <message>
        <source>user: give the user name to connect as</source>
        <translation>utilisateur&#xa0;: indiquez le nom d’utilisateur pour la connexion</translation>
    </message>
    <message>
        <source>port: give a number from 1 to 65535 (usually 5432)</source>
        <translation>port&#xa0;: indiquez un nombre de 1 à 65535 (en général 5432)</translation>
    </message>
    <message>
        <source>SSL mode: choose one of {modes}</source>
        <translation>mode SSL&#xa0;: choisissez parmi {modes}</translation>
    </message>
    <message>
        <source>password: it cannot contain a line break</source>
        <translation>mot de passe&#xa0;: il ne peut pas contenir de saut de ligne</translation>
    </message>
    <message>
        <source>database: {database} holds another program&apos;s tables ({tables}); give Press Contacts a database of its own</source>
        <translation>base de données&#xa0;: {database} contient les tables d’un autre programme ({tables})&#xa0;; donnez à Press Contacts une base à lui</translation>
    </message>
    <message>
        <source>database: {database} was set up by a newer Press Contacts (schema {revision}); update this program to use it</source>
        <translation>base de données&#xa0;: {database} a été créée par une version plus récente de Press Contacts (schéma {revision})&#xa0;; mettez ce programme à jour pour l’utiliser</translation>
    </message>
    <message>
        <source>connected to {location}: the database is up to date (schema {head})</source>
        <translation>connecté à {location}&#xa0;: la base est à jour (schéma {head})</translation>
    </message>
    <message>
        <source>connected to {location}: the database is empty; it will be set up on first use</source>
        <translation>connecté à {location}&#xa0;: la base est vide&#xa0;; elle sera préparée à la première utilisation</translation>
    </message>
    <message>
        <source>user: {user} may not create tables in {database}, which setting it up or upgrading it needs; its owner runs &apos;crm-app db migrate&apos; first, or the server&apos;s administrator makes {user} its owner</source>
        <translation>utilisateur&#xa0;: {user} n’a pas le droit de créer des tables dans {database}, ce que sa préparation ou sa mise à niveau demande&#xa0;; son propriétaire lance d’abord «&#xa0;crm-app db migrate&#xa0;», ou l’administrateur du serveur fait de {user} son propriétaire</translation>
    </message>
    <message>
        <source>database: the server lacks the pg_trgm extension that the search needs; its administrator installs it (on Debian and Ubuntu, the package postgresql-contrib)</source>
        <translation>base de données&#xa0;: il manque au serveur l’extension pg_trgm dont la recherche a besoin&#xa0;; son administrateur l’installe (sur Debian et Ubuntu, le paquet postgresql-contrib)</translation>
    </message>
    <message>
        <source>database: {database} lacks the pg_trgm extension and {user} may not add it; the server&apos;s administrator runs CREATE EXTENSION pg_trgm in it</source>
        <translation>base de données&#xa0;: il manque à {database} l’extension pg_trgm et {user} n’a pas le droit de l’ajouter&#xa0;; l’administrateur du serveur y lance CREATE EXTENSION pg_trgm</translation>
    </message>
    <message>
        <source>a host, database or user name cannot contain a line break</source>
        <translation>un nom d’hôte, de base ou d’utilisateur ne peut pas contenir de saut de ligne</translation>
    </message>
    <message>
        <source>the choice could not be saved in {file}: {reason}</source>
        <translation>le choix n’a pas pu être enregistré dans {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the password could not be written to {file}: {reason}</source>
        <translation>le mot de passe n’a pas pu être écrit dans {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>is empty (give a given or a family name)</source>
        <translation>est vide (indiquez un prénom ou un nom)</translation>
    </message>
    <message>
        <source>at most {limit} numbers per contact</source>
        <translation>{limit} numéros au plus par contact</translation>
    </message>
    <message>
        <source>at most {limit} addresses per contact</source>
        <translation>{limit} adresses au plus par contact</translation>
    </message>
    <message>
        <source>same e-mail {value}</source>
        <translation>même courriel {value}</translation>
    </message>
    <message>
        <source>same phone {value}</source>
        <translation>même téléphone {value}</translation>
    </message>
    <message>
        <source>&apos;{uid}&apos; is already taken</source>
        <translation>«&#xa0;{uid}&#xa0;» est déjà utilisé</translation>
    </message>
    <message>
        <source>office {id} was deleted; restore it first</source>
        <translation>le bureau n° {id} a été supprimé&#xa0;; restaurez-le d&apos;abord</translation>
    </message>
    <message>
        <source>contact {id} has no version {version}</source>
        <translation>le contact n° {id} n&apos;a pas de version {version}</translation>
    </message>
    <message>
        <source>contact {id} is not deleted</source>
        <translation>le contact {id} n&apos;est pas supprimé</translation>
    </message>
    <message>
        <source>give a verification date or clear it, not both</source>
        <translation>donnez une date de vérification ou effacez-la, pas les deux</translation>
    </message>
    <message>
        <source>same family name and initial at the same office</source>
        <translation>même nom de famille et même initiale, au même bureau</translation>
    </message>
    <message>
        <source>same family name and a shortened given name at the same office</source>
        <translation>même nom de famille et prénom abrégé, au même bureau</translation>
    </message>
    <message>
        <source>left out, as decided</source>
        <translation>laissé de côté, comme décidé</translation>
    </message>
    <message>
        <source>{place}: {name}: created as a new contact; contact {id} ({other}) may be the same person ({reason})</source>
        <translation>{place}&#xa0;: {name}&#xa0;: créé comme nouveau contact&#xa0;; le contact {id} ({other}) est peut-être la même personne ({reason})</translation>
    </message>
    <message>
        <source>reading the file stopped unexpectedly ({detail})</source>
        <translation>la lecture du fichier s&apos;est arrêtée de façon inattendue ({detail})</translation>
    </message>
    <message>
        <source>same UID {uid}</source>
        <translation>même UID {uid}</translation>
    </message>
    <message>
        <source>no stored contact to link it to</source>
        <translation>aucun contact enregistré auquel le rattacher</translation>
    </message>
    <message>
        <source>same e-mail {address}</source>
        <translation>même adresse électronique {address}</translation>
    </message>
    <message>
        <source>same number {number} and family name</source>
        <translation>même numéro {number} et même nom de famille</translation>
    </message>
    <message>
        <source>the database file {file} is damaged ({detail}); changes are refused so that nothing more is lost. Restore the latest good backup, {backup}, with &apos;crm-app db restore latest&apos; or File → Restore a Backup</source>
        <translation>le fichier de la base de données {file} est endommagé ({detail})&#xa0;; les modifications sont refusées pour ne rien perdre de plus. Restaurez la dernière sauvegarde saine, {backup}, avec «&#xa0;crm-app db restore latest&#xa0;» ou Fichier → Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>the database file {file} is damaged ({detail}); changes are refused so that nothing more is lost. It has no backup: keep a copy of the file before trying anything else</source>
        <translation>le fichier de la base de données {file} est endommagé ({detail})&#xa0;; les modifications sont refusées pour ne rien perdre de plus. Il n&apos;a aucune sauvegarde&#xa0;: gardez une copie du fichier avant toute autre tentative</translation>
    </message>
    <message>
        <source>no backup called &apos;{name}&apos;; &apos;crm-app db backups&apos; lists them</source>
        <translation>aucune sauvegarde nommée «&#xa0;{name}&#xa0;»&#xa0;; «&#xa0;crm-app db backups&#xa0;» les liste</translation>
    </message>
    <message>
        <source>backups are kept for SQLite files only; back up {location} with the server&apos;s own tools</source>
        <translation>les sauvegardes ne concernent que les fichiers SQLite&#xa0;; sauvegardez {location} avec les outils du serveur</translation>
    </message>
    <message>
        <source>the backup {name} cannot be restored: {problem}</source>
        <translation>la sauvegarde {name} ne peut pas être restaurée&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>the database file {file} does not exist</source>
        <translation>le fichier de la base de données {file} n&apos;existe pas</translation>
    </message>
    <message>
        <source>--db: &apos;{url}&apos; is not a database URL</source>
        <translation>--db&#xa0;: «&#xa0;{url}&#xa0;» n&apos;est pas une URL de base de données</translation>
    </message>
    <message>
        <source>the database {file} is open in another Press Contacts window or command; close it, then restore again. Nothing was changed</source>
        <translation>la base de données {file} est ouverte dans une autre fenêtre ou commande Press Contacts&#xa0;; fermez-la, puis relancez la restauration. Rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the backup could not be restored: {reason}</source>
        <translation>la sauvegarde n&apos;a pas pu être restaurée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>there is no sound backup of {file} to restore</source>
        <translation>il n&apos;y a aucune sauvegarde saine de {file} à restaurer</translation>
    </message>
    <message>
        <source>is empty (an office needs an English name)</source>
        <translation>est vide (un bureau doit avoir un nom en anglais)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is also the name of office {id}</source>
        <translation>«&#xa0;{name}&#xa0;» est aussi le nom du bureau {id}</translation>
    </message>
    <message>
        <source>office {id} has no version {version}</source>
        <translation>le bureau n° {id} n&apos;a pas de version {version}</translation>
    </message>
    <message>
        <source>office {id} is not deleted</source>
        <translation>le bureau {id} n&apos;est pas supprimé</translation>
    </message>
    <message>
        <source>an office cannot sit under itself or its own branch</source>
        <translation>un bureau ne peut pas dépendre de lui-même ni de l&apos;un de ses sous-bureaux</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already the name of office {id}</source>
        <translation>«&#xa0;{name}&#xa0;» est déjà le nom du bureau {id}</translation>
    </message>
    <message>
        <source>{place}: {name}: {remark}</source>
        <translation>{place}&#xa0;: {name}&#xa0;: {remark}</translation>
    </message>
    <message>
        <source>{place}: {name}: street address not kept: {address}</source>
        <translation>{place}&#xa0;: {name}&#xa0;: adresse postale non conservée&#xa0;: {address}</translation>
    </message>
    <message>
        <source>{place}: {name}: phone &apos;{number}&apos; kept, flagged invalid</source>
        <translation>{place}&#xa0;: {name}&#xa0;: numéro «&#xa0;{number}&#xa0;» conservé, signalé comme non valide</translation>
    </message>
    <message>
        <source>the row has no given or family name</source>
        <translation>la ligne n&apos;a ni prénom ni nom</translation>
    </message>
    <message>
        <source>{place}: {name}: phone &apos;{number}&apos; not imported ({reason})</source>
        <translation>{place}&#xa0;: {name}&#xa0;: numéro «&#xa0;{number}&#xa0;» non importé ({reason})</translation>
    </message>
    <message>
        <source>{place}: {name}: e-mail &apos;{address}&apos; stored as {clean}</source>
        <translation>{place}&#xa0;: {name}&#xa0;: courriel «&#xa0;{address}&#xa0;» enregistré sous la forme {clean}</translation>
    </message>
    <message>
        <source>{place}: {name}: e-mail &apos;{address}&apos; not imported ({reason})</source>
        <translation>{place}&#xa0;: {name}&#xa0;: courriel «&#xa0;{address}&#xa0;» non importé ({reason})</translation>
    </message>
    <message>
        <source>the text gives no title for the release</source>
        <translation>le texte ne donne pas de titre au communiqué</translation>
    </message>
    <message>
        <source>the text gives no date: the release is dated {day}</source>
        <translation>le texte ne donne pas de date&#xa0;: le communiqué est daté du {day}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a web address (http:// or https://)</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une adresse web (http:// ou https://)</translation>
    </message>
    <message>
        <source>at most {limit} contacts per release</source>
        <translation>{limit} contacts au plus par communiqué</translation>
    </message>
    <message>
        <source>the same contact is listed twice</source>
        <translation>le même contact figure deux fois</translation>
    </message>
    <message>
        <source>release {id} has no contacts</source>
        <translation>le communiqué {id} n&apos;a aucun contact</translation>
    </message>
    <message>
        <source>no contact with id {id}</source>
        <translation>aucun contact n° {id}</translation>
    </message>
    <message>
        <source>release {id} has no version {version}</source>
        <translation>le communiqué n° {id} n&apos;a pas de version {version}</translation>
    </message>
    <message>
        <source>the release is published; its contacts are frozen</source>
        <translation>le communiqué est publié&#xa0;; ses contacts sont figés</translation>
    </message>
    <message>
        <source>contact {id} is deleted</source>
        <translation>le contact {id} est supprimé</translation>
    </message>
    <message>
        <source>release {id} is already published</source>
        <translation>le communiqué {id} est déjà publié</translation>
    </message>
    <message>
        <source>the release is published; its block&apos;s language is fixed</source>
        <translation>le communiqué est publié&#xa0;; la langue de son bloc ne peut plus changer</translation>
    </message>
    <message>
        <source>no office called &apos;{name}&apos; (rows {rows}): those contacts are imported without an office, the name kept in their notes; create the office to link them</source>
        <translation>aucun bureau nommé «&#xa0;{name}&#xa0;» (lignes {rows})&#xa0;: ces contacts sont importés sans bureau, le nom gardé dans leurs notes&#xa0;; créez le bureau pour les y rattacher</translation>
    </message>
    <message>
        <source>a mapping file is a JSON object: {{&quot;header&quot;: &quot;field&quot;, ...}}</source>
        <translation>un fichier d&apos;association est un objet JSON qui associe à chaque en-tête le nom d&apos;un champ</translation>
    </message>
    <message>
        <source>is not a JSON mapping file ({detail})</source>
        <translation>n&apos;est pas un fichier d&apos;association JSON ({detail})</translation>
    </message>
    <message>
        <source>the spreadsheet has no column &apos;{column}&apos;</source>
        <translation>la feuille de calcul n&apos;a pas de colonne «&#xa0;{column}&#xa0;»</translation>
    </message>
    <message>
        <source>the mapping was made for other headers than the file&apos;s</source>
        <translation>l&apos;association a été faite pour d&apos;autres en-têtes que ceux du fichier</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos; is mapped twice in the file</source>
        <translation>la colonne «&#xa0;{column}&#xa0;» est associée deux fois dans le fichier</translation>
    </message>
    <message>
        <source>&apos;{choice}&apos; is neither auto, a layout ({layouts}) nor a mapping file</source>
        <translation>«&#xa0;{choice}&#xa0;» n&apos;est ni auto, ni une disposition ({layouts}), ni un fichier d&apos;association</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; (column &apos;{column}&apos;) is not a field; the fields are: {fields}</source>
        <translation>«&#xa0;{value}&#xa0;» (colonne «&#xa0;{column}&#xa0;») n&apos;est pas un champ&#xa0;; les champs sont&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>{path} is not a regular file</source>
        <translation>{path} n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>{path} is read-only</source>
        <translation>{path} est en lecture seule</translation>
    </message>
    <message>
        <source>is more than {limit} MB: too large to be a press release</source>
        <translation>dépasse {limit} Mo&#xa0;: trop volumineux pour un communiqué</translation>
    </message>
    <message>
        <source>release {id} was published in {language}; add --current for a block in another language from today&apos;s data</source>
        <translation>le communiqué {id} a été publié en {language}&#xa0;; ajoutez --current pour un bloc dans une autre langue à partir des données actuelles</translation>
    </message>
    <message>
        <source>release {id} was published with the {layout} layout; add --current for another layout from today&apos;s data</source>
        <translation>le communiqué {id} a été publié avec la disposition {layout}&#xa0;; ajoutez --current pour une autre disposition à partir des données actuelles</translation>
    </message>
    <message>
        <source>the Outlook profile is vCard 3.0; leave out --version</source>
        <translation>le profil Outlook est du vCard 3.0&#xa0;; omettez --version</translation>
    </message>
    <message>
        <source>--xlsx writes an Excel workbook: name the file .xlsx, not .csv</source>
        <translation>--xlsx écrit un classeur Excel&#xa0;: nommez le fichier .xlsx, pas .csv</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not LANG=NAME</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas de la forme LANGUE=NOM</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not LANG=TITLE</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas de la forme LANGUE=FONCTION</translation>
    </message>
    <message>
        <source>applies to a published --release only</source>
        <translation>ne s&apos;applique qu&apos;à un --release publié</translation>
    </message>
    <message>
        <source>cannot use {path}: {detail}</source>
        <translation>impossible d’utiliser {path}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>cannot create the folder {path}: {detail}</source>
        <translation>impossible de créer le dossier {path}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>{path} is a folder; name a file</source>
        <translation>{path} est un dossier&#xa0;; indiquez un fichier</translation>
    </message>
    <message>
        <source>The part after the @-sign is a reserved name that cannot receive e-mail.</source>
        <translation>La partie après le @ est un nom réservé qui ne peut pas recevoir de courriel.</translation>
    </message>
    <message>
        <source>The part after the @-sign does not end with a known top-level domain.</source>
        <translation>La partie après le @ ne se termine pas par un domaine de premier niveau connu.</translation>
    </message>
    <message>
        <source>An email address cannot have a period and a hyphen next to each other.</source>
        <translation>Une adresse électronique ne peut pas avoir un point et un trait d’union côte à côte.</translation>
    </message>
    <message>
        <source>An email address cannot have a hyphen immediately after the @-sign.</source>
        <translation>Une adresse électronique ne peut pas avoir de trait d’union juste après le @.</translation>
    </message>
    <message>
        <source>An e-mail address cannot contain spaces.</source>
        <translation>Une adresse électronique ne peut pas contenir d’espaces.</translation>
    </message>
    <message>
        <source>The address contains invisible or control characters; type it again.</source>
        <translation>L’adresse contient des caractères invisibles ou de contrôle&#xa0;; saisissez-la de nouveau.</translation>
    </message>
    <message>
        <source>An e-mail address cannot contain {characters}.</source>
        <translation>Une adresse électronique ne peut pas contenir {characters}.</translation>
    </message>
    <message>
        <source>An e-mail address has only one @-sign.</source>
        <translation>Une adresse électronique ne contient qu’un seul @.</translation>
    </message>
    <message>
        <source>This is too long to be an e-mail address ({length} characters; at most {limit}).</source>
        <translation>C’est trop long pour une adresse électronique ({length} caractères&#xa0;; {limit} au plus).</translation>
    </message>
    <message>
        <source>This is not an e-mail address as it stands; the address in it is {address}.</source>
        <translation>Ce texte n’est pas une adresse électronique tel quel&#xa0;; l’adresse qu’il contient est {address}.</translation>
    </message>
    <message>
        <source>possible duplicate of {name}: {what}</source>
        <translation>doublon possible de {name}&#xa0;: {what}</translation>
    </message>
    <message>
        <source>same name at the same office</source>
        <translation>même nom dans le même bureau</translation>
    </message>
    <message>
        <source>{what} as {name}</source>
        <translation>{what} que {name}</translation>
    </message>
    <message>
        <source>contacts still belong to this office ({count}); move them first</source>
        <translation>des contacts dépendent encore de ce bureau ({count})&#xa0;; déplacez-les d&apos;abord</translation>
    </message>
    <message>
        <source>{path} is not a folder</source>
        <translation>{path} n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>le dossier {folder} n&apos;existe pas</translation>
    </message>
    <message>
        <source>the card has no name (N or FN)</source>
        <translation>la carte n&apos;a pas de nom (N ou FN)</translation>
    </message>
    <message>
        <source>cannot write {path}: {detail}</source>
        <translation>impossible d&apos;écrire {path}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>cannot write in {folder}: {detail}</source>
        <translation>impossible d&apos;écrire dans {folder}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>cannot read {path}: {detail}</source>
        <translation>impossible de lire {path}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>no release with id {id}</source>
        <translation>aucun communiqué n° {id}</translation>
    </message>
    <message>
        <source>same UID as the card at line {line} ({first}), but another person</source>
        <translation>même UID que la fiche de la ligne {line} ({first}), mais une autre personne</translation>
    </message>
    <message>
        <source>contact {id} ({name}) has this UID but is deleted; restore it first</source>
        <translation>le contact {id} ({name}) a cet UID mais il est supprimé&#xa0;; restaurez-le d&apos;abord</translation>
    </message>
</context>
</TS>
