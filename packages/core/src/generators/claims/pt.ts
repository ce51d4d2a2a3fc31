import { ALL_OF_ALL, type ClaimLanguage } from './language.js';

// C69: "100%" (read "100") is a degree like "totalmente": "<strong>novamente 100% operacional</strong>".
const ADV = String.raw`(?:ja|agora|finalmente|completamente|totalmente|plenamente|100|definitivamente|corretamente|nao|ainda|se|o|a|novamente|bem|felizmente|realmente|tambem|enfim|tudo)`;
const FIXED = String.raw`(?:resolvid[oa]s?|solucionad[oa]s?|corrigid[oa]s?|reparad[oa]s?|consertad[oa]s?|restabelecid[oa]s?|restaurad[oa]s?|arrumad[oa]s?|fechad[oa]s?|sanad[oa]s?|regularizad[oa]s?|desbloquead[oa]s?|operacional|operacionais|normalizad[oa]s?|em ordem|ok)`;
const DEVICE_VERBS = String.raw`(?:funciona|funcionam|imprime|imprimem|conecta|conectam|liga|ligam|inicia|arranca|responde|sincroniza|abre|carrega|envia|recebe|digitaliza|anda|chega|chegam|entra|entram)`;
// More verbs of a device at work, Brazil and Portugal: "roda", "corre", "está operando", "está a funcionar".
const WORKS = String.raw`(?:${DEVICE_VERBS}|roda|rodam|mantem|aguenta|aguentam|segura|seguram|acende|acendem|sai|saem|chega|chegam|guarda|guardam|salva|salvam|navega|navegam|baixa|baixam|descarrega|descarregam|acessa|acessam|acede|acedem|entra|entram|instala|instalam|atualiza|atualizam|toca|tocam|grava|gravam|le|leem|corre|correm|opera|operam|trabalha|trabalham|respondem|sincronizam|abrem|carregam|iniciam|andam|(?:esta|estao|ta|tá|continua|continuam|segue|seguem) (?:a )?(?:funcion|imprim|conect|sincroniz|respond|lig|rod|carreg|oper|trabalh|corr|abr|inici|and)\w*)`;
// How a device works when it works as it should.
const MANNER = String.raw`(?:bem|muito bem|corretamente|perfeitamente|perfeit[oa]s?|impecave(?:l|is)|normalmente|normal|direitinho|certinho|liso|lisinho|redondo|redondinho|na boa|de boa|numa boa|tranquilo|na perfeicao|as mil maravilhas|uma maravilha|que e uma beleza|beleza|como deveria|como deve ser|como antes|como sempre|de forma (?:estavel|normal|correta|fluida|fiavel|confiavel)|sem (?:nenhum |nenhuma |qualquer |mais |o menor |a menor )?(?:problema|erro|falha|queda|travamento|engasgo|interrupcao|lentidao|instabilidade|stress)s?|sem estresse|sem dramas?|ok|show)`;
// People able to work again: "já consegue", "voltou a conseguir".
// C67: the first person too, as a customer quoted says it: "Finalmente já consigo imprimir".
const ABLE = String.raw`(?:conseguiu|conseguiram|consegue|conseguem|conseguimos|consigo|posso|pode|podem|podemos|esta conseguindo|estao conseguindo|ja da para|da para|e capaz de|sao capazes de)`;
const NOT_SYMPTOM = String.raw`(?!(?:falhar|travar|cair|desconectar|reiniciar|congelar|aparecer|acontecer|ocorrer|dar erro|bloquear)\b)`;
const INFINITIVE = String.raw`[a-z]+(?:ar|er|ir|or)(?:-se|-lo|-la)?`;

/** Portuguese (Brazil and Portugal). */
export const PT: ClaimLanguage = {
  name: 'pt',
  claims: [
    // C314: a reply's subject line that ends in a done-word, the fault named before it: "RES: Impressora travando – resolvido".
    String.raw`^(?:ja )?(?:resolvido|resolvida|solucionado|solucionada|corrigido|corrigida)$`,
    // C315: a figure before and a small one now: "levava 5 min para ligar, agora 30 s".
    String.raw`^(?:e )?(?:agora|hoje) (?:leva |demora |em |sao |inicia em |liga em |abre em |carrega em )?(?:uns |cerca de |menos de |apenas |so )?\d+ ?(?:s|seg|segundos)\b(?! (?:a mais)\b)`,
    // C316: a queue empty now and staying so: "a fila está vazia e continua vazia".
    String.raw`\bvazia (?:e|e se) (?:continua|segue|permanece|mantem) (?:vazia|assim)\b`,
    // C320: it went back to doing its job, a test passed: "a maquininha voltou a aprovar os pagamentos".
    String.raw`\bvolt(?:ou|aram) a (?:confirmar|aceitar|aprovar|processar|receber|sincronizar|baixar|autenticar|registrar|emitir|transmitir)\b(?! (?:so|apenas|mas)\b)`,
    // C323: a service named as normal again: "Internet restabelecida após a troca do modem", "erro sanado".
    String.raw`^(?!(?:nao|ainda|quase|se|quando)\b)(?:[\w-]+ ){0,4}(?:link|fibra|internet|conexao|sinal|rede|servico|acesso|vpn|email|e-mail|telefonia|wifi|wi-fi)(?: [\w-]+){0,3} (?:normalizad[oa]|restabelecid[oa]|recuperad[oa]|restaurad[oa])\b(?! (?:parcialmente|em parte|en parte|so|solo|apenas|somente|mas|pero|a medias)\b)`,
    String.raw`\b(?:problema|erro|falha|defeito|incidente|pane)(?: [\w-]+){0,3} (?:sanad[oa]|sanead[oa])\b`,
    // C285: the latency down and the calls clear again: "as chamadas estão limpas de novo", "o áudio voltou a ficar nítido".
    String.raw`\b(?:chamadas|ligacoes|audio|voz|som|conversas|qualidade (?:do audio|das chamadas|das ligacoes|da voz))(?: (?!nao\b|nunca\b|ainda\b|so\b|vai\b|vao\b|deve\b|devem\b)[\w-]+){0,3} (?:(?:esta|estao|ficou|ficaram|soa|soam) (?:de novo|novamente) |(?:voltou|voltaram) a (?:ficar|estar|soar|ser) |(?:esta|estao|ficou|ficaram|soa|soam) (?=\S+ (?:de novo|novamente)\b))(?:limp[oa]s?|clar[oa]s?|nitid[oa]s?|perfeit[oa]s?|cristalin[oa]s?)\b(?! (?:so|apenas|mas|exceto|durante|por alguns)\b)`,
    // C288: everyone can log in: "todo mundo consegue entrar", "todos os usuários já conseguem acessar".
    String.raw`(?<!\b(?:nem|quase|se|quando|assim que|enquanto isso|provisoriamente|temporariamente)\b.{0,20})\b(?:todo mundo|toda a gente|todos os (?:usuarios|utilizadores|colaboradores|funcionarios)|toda a equipe|toda a equipa)(?: (?:ja|agora))? (?:consegue|conseguem|pode|podem) (?:ja |de novo |novamente |agora )*(?:entrar|acessar|aceder|logar|se logar|se conectar|conectar|fazer login|iniciar sessao|trabalhar)\b(?!(?: [\w-]+){0,4} (?:exceto|menos|mas|so|apenas|se|quando|depois|via)\b)`,
    // C291: the tills take cards again, as a third party reports it: "o gerente diz que os caixas aceitam cartão de novo", "as maquininhas voltaram a passar cartão".
    String.raw`\b(?:aceita|aceitam|aceitando|passa|passam|passando|processa|processam|recebe|recebem)(?: (?:o|os|a|as))? (?:cartao|cartoes|pagamentos?|pagamento com cartao|pagamentos com cartao|debito|credito|pix)(?: [\w-]+){0,2} (?:de novo|novamente)\b`,
    String.raw`\b(?:voltou|voltaram) a (?:aceitar|passar|processar|receber) (?:o |os |a |as )?(?:cartao|cartoes|pagamentos?|debito|credito|pix)\b`,
    // C292: from a time of day on, reachable again: "a partir das 14h30 a pasta compartilhada voltou a ficar acessível", "o NAS voltou a estar disponível".
    String.raw`\b(?:voltou|voltaram) a (?:ficar|estar|ser) (?:totalmente |100 )?(?:acessive(?:l|is)|disponive(?:l|is)|online|no ar|estave(?:l|is)|operaciona(?:l|is)|visive(?:l|is)|alcancave(?:l|is))\b(?! (?:so|apenas|mas|exceto|por alguns)\b)`,
    // C256: cada máquina pega IP de novo: "todas as máquinas do escritório estão pegando IP agora", "todos os PCs pegam endereço do DHCP".
    String.raw`(?<!\bnem (?:todas|todos|toda|todo|cada)\b.{0,40})\b(?:pega|pegam|recebe|recebem|obtem|puxa|puxam|esta (?:pegando|recebendo|obtendo|puxando)|estao (?:pegando|recebendo|obtendo|puxando)|ta (?:pegando|recebendo|puxando)|tao (?:pegando|recebendo|puxando))(?: (?:agora|ja|de novo|novamente|finalmente|normalmente|corretamente|automaticamente|um|o|os|seu|seus))* (?:agora|ja|de novo|novamente|finalmente)(?: (?:normalmente|corretamente|automaticamente|um|o|os|seu|seus))* (?:ip|ips|endereco ip|enderecos ip|endereco|enderecos|lease|leases)\b(?! (?:errad\w*|apipa|169)\b| (?:exceto|menos|mas|so)\b)`,
    String.raw`(?<!\bnem (?:todas|todos|toda|todo|cada)\b.{0,40})\b(?:pega|pegam|recebe|recebem|obtem|puxa|puxam|esta (?:pegando|recebendo|obtendo|puxando)|estao (?:pegando|recebendo|obtendo|puxando)|ta (?:pegando|recebendo|puxando)|tao (?:pegando|recebendo|puxando))(?: (?:normalmente|corretamente|automaticamente|um|o|os|seu|seus))* (?:ip|ips|endereco ip|enderecos ip|endereco|enderecos|lease|leases)(?: (?:do|pelo|via) (?:dhcp|servidor|roteador|firewall)(?: dhcp)?)? (?:agora|ja|de novo|novamente|normalmente|corretamente|automaticamente|sem (?:problemas?|erros?))\b(?! (?:exceto|menos|mas|so)\b)`,
    String.raw`\b(?:todas|todos|cada|ambas|ambos|as duas|os dois)(?: (?!nao\b|nem\b|nunca\b|ainda\b|so\b)[\w-]+){1,5} (?:pega|pegam|recebe|recebem|obtem|puxa|puxam|esta (?:pegando|recebendo|obtendo|puxando)|estao (?:pegando|recebendo|obtendo|puxando)|ta (?:pegando|recebendo|puxando)|tao (?:pegando|recebendo|puxando))(?: (?:agora|ja|de novo|novamente|finalmente|normalmente|corretamente|automaticamente|um|o|os|seu|seus))* (?:ip|ips|endereco ip|enderecos ip|endereco|enderecos|lease|leases)\b(?! (?:errad\w*|apipa|169)\b| (?:exceto|menos|mas|so)\b)`,
    String.raw`\b(?:(?:ja|agora) (?:distribui|distribuem|atribui|atribuem|entrega|entregam|esta distribuindo|estao distribuindo|ta distribuindo)|(?:distribui|distribuem|atribui|atribuem|esta distribuindo|estao distribuindo|ta distribuindo) (?:ja|agora|de novo|novamente))(?: (?:normalmente|certinho))? (?:os |as |seus )?(?:enderecos(?: ip)?|ips|ip|leases)\b(?! (?:exceto|menos|mas|so)\b)`,
    String.raw`\b(?:distribui|distribuem|atribui|atribuem|esta distribuindo|estao distribuindo|ta distribuindo) (?:os |seus )?(?:enderecos(?: ip)?|ips|leases) (?:de novo|novamente|normalmente)\b(?! (?:exceto|menos|mas|so)\b)`,
    // C257: a gíria de chat de um conserto: "funcionando dnv", "agr ta td ok".
    String.raw`\b(?:funciona|funcionam|funcionando|funfa|funfando|funfou|roda|rodando|voltou|voltaram|conecta|conectando|imprime|imprimindo|ta ok|ta certo|ta tudo ok|ta tudo certo|ta (?:funcionando|funfando|rodando)) dnv\b`,
    // C258: uma manchete da falha ou do job com a palavra do conserto: "Job de backup resolvido".
    String.raw`^(?:(?!\d|(?:nao|nem|nunca|ainda|parcialmente|so|somente|apenas|quase|para|pra|se|quando|ate|antes|depois|sera|deve|devera|vai|precisa|falta|amanha|pendente|considere|considerar)\b)[\w-]+ ){0,3}[\w-]*(?:problema|problemas|erro|erros|falha|falhas|defeito|bug|job|tarefa|backup|sincronizacao|acesso|conexao|link|tunel|fila|compartilhamento|unidade|impressao|email|e-mail|dns|vpn|dhcp|certificado|resolucao|gateway|roteamento|replicacao|permissoes|perfil|caixa|licenca|politica|incidente)(?: (?!(?:nao|nem|nunca|ainda|parcialmente|so|para|pra|se|quando|ate|sera|seria|deveria|deve|vai|pode|poderia|estara|esta|ficara|ficaria|fica|foi|e|sido|ser|entao|amanha)\b)[\w-]+){0,3} (?:ja |finalmente |totalmente )?(?:resolvid[oa]s?|corrigid[oa]s?|consertad[oa]s?|arrumad[oa]s?|solucionad[oa]s?|reparad[oa]s?)$`,
    // C259: um serviço de pé de novo: "o gateway RDP está de pé de novo".
    String.raw`\b(?:esta|estao|ta|tao|ficou|ficaram|voltou a ficar|voltaram a ficar|voltou a estar|voltaram a estar)(?: (?:ja|agora|finalmente))* de pe\b(?! (?:de guerra|atras)\b)`,
    String.raw`\b(?:esta|estao|ta|tao)(?: (?:ja|agora|finalmente))* up (?:de novo|novamente|outra vez)\b`,
    // C260: o backup concluiu e a restauração de teste funcionou: "a restauração de teste abriu os arquivos normalmente", "o backup de ontem à noite concluiu".
    String.raw`\b(?:restauracao|restauracoes|restore|recuperacao) de (?:teste|testes|prova)(?: (?!nao\b|nunca\b|so\b|mas\b)[\w-]+){0,5} (?:funcionou|deu certo|foi (?:bem sucedida|bem-sucedida|ok|um sucesso|concluida)|teve sucesso|abriu (?:os |todos os |as |todas as )?(?:arquivos|ficheiros|dados|documentos|pastas|emails))\b(?! (?:so|mas|em parte|parcialmente)\b)`,
    String.raw`\b(?:backup|backups|copia|copias|job|rotina)(?: de seguranca)? (?:de|desta|da) (?:ontem a noite|ontem de noite|ontem|esta noite|noite|hoje|madrugada)(?: [\w-]+){0,2} (?:concluiu|terminou|finalizou|completou|rodou|foi concluido|foi concluida)\b(?! (?:com|mal|pela metade|mas|so|em parte)\b)`,
    // C261: os nomes resolvem de todas as filiais: "os nomes internos resolvem corretamente de todas as filiais".
    String.raw`\b(?:nomes|nome|resolucao|consultas|dns|registros)(?: [\w-]+){0,3} (?:resolvem|resolve|sao resolvidos|estao resolvendo)(?: (?:ja|agora|de novo|bem))* (?:corretamente|bem|normalmente|de novo|novamente|sem (?:problemas?|erros?|falhas?))\b`,
    String.raw`\b(?:funciona|funcionam|resolve|resolvem|responde|respondem|anda|andam|acessivel|acessiveis|alcancavel|alcancaveis)(?: (?!nao\b|so\b|nunca\b|mas\b)[\w-]+){0,2} (?:de|em|a partir de|desde) (?:todas as|todos os|cada|ambas as|ambos os) (?:[\w-]+ )?(?:filiais|filial|unidades|unidade|lojas|loja|escritorios|escritorio|sedes|sede|andares|andar|predios|predio|vlans|vlan|sub-redes|sites|site)\b(?!(?: [\w-]+)? (?:exceto|menos|mas|salvo)\b)`,
    // C262: o certificado renovado e o portal abre sem alerta: "o site carrega sem aviso de certificado", "o cadeado voltou a aparecer".
    String.raw`\b(?:abre|abrem|carrega|carregam|(?:[\w-]+ )?se (?:abre|abrem|carrega|carregam)|entra|inicia)(?: (?:ja|agora|de novo|normalmente|bem))* sem (?:nenhum |nenhuma |o |a |os |as |mais )?(?:alertas?|avisos?|advertencias?|erros? de certificado|mensagens? de (?:erro|seguranca|aviso))\b(?! (?:exceto|mas|menos)\b)`,
    String.raw`\bcadeado (?:voltou|esta de volta|ta de volta|voltou a aparecer|apareceu de novo|aparece de novo|esta verde de novo)\b`,
    // C263: alguém liga de volta, o scanner está enviando de novo: "o scanner está enviando os PDFs por e-mail de novo", "já manda os PDFs pro e-mail".
    String.raw`\b(?:esta|estao|ta|tao) (?:enviando|mandando|encaminhando|disparando)(?: (?!nao\b|nunca\b|so\b|mas\b)[\w-]+){0,5} (?:de novo|novamente|outra vez|dnv)\b`,
    String.raw`\b(?:(?:ja|agora) (?:manda|mandam|envia|enviam|encaminha|encaminham)|(?:manda|mandam|envia|enviam|encaminha|encaminham) (?:ja|agora|de novo|novamente|outra vez))(?: (?:normalmente|certinho|direitinho))? (?:os |as |o |a |seus )?(?:pdf|pdfs|scans?|digitalizacoes|documentos digitalizados|escaneamentos)(?: (?!nao\b)[\w-]+){0,2} (?:pro|pra|para o|para a|por|ao|no|na|pelo) (?:e-?mail|correio|caixa|outlook)\b`,
    // C264: uma linha de status, o serviço conectando de novo: "VPN conectando de novo", "impressora imprimindo de novo".
    String.raw`^(?:(?!\d)[\w-]+ ){1,3}(?:conectando|imprimindo|sincronizando|digitalizando|enviando|iniciando|carregando|respondendo|registrando|navegando|rodando|conectad[oa]s?|reconectad[oa]s?|mapead[oa]s?|montad[oa]s?|registrad[oa]s?|sincronizad[oa]s?|estabelecid[oa]s?|restabelecid[oa]s?) (?:de novo|novamente|outra vez|dnv)$`,
    // C265: os usuários conseguem acessar de novo algo de nome longo: "os 30 usuários conseguem acessar a área de trabalho remota de novo".
    String.raw`\b(?:conseguem|consegue|conseguimos|podem|pode)(?: (?:ja|agora|finalmente|todos|todas))* (?:acessar|entrar|logar|conectar|aceder|usar)(?: (?!nao\b|so\b|quando\b|se\b|mas\b)[\w-]+){1,7} (?:de novo|novamente|outra vez|dnv)\b(?! (?:so|mas|exceto|quando|se)\b)`,
    // C224: um alimentador que puxa cada folha: "o scanner agora puxa todas as folhas", "pega cada página".
    String.raw`\b(?:puxa|puxam|pega|pegam|alimenta|alimentam|aceita|aceitam|arrasta|arrastam|apanha|apanham|engole|engolem|puxando|pegando)(?: (?:agora|ja|de novo|novamente|bem|direitinho|certinho|sem problema|sem problemas|normalmente|corretamente))* (?:todas as|todos os|cada|cada uma das|cada um dos|a totalidade das) (?:folhas|folha|paginas|pagina|documentos|documento|originais|original|cheques|recibos|cupons)\b(?! (?:menos|exceto|salvo|so|duas de cada vez|de duas em duas|tortas|tortos|juntas|ao mesmo tempo)\b)`,
    String.raw`\b(?:todas as|todos os|cada) (?:folhas|folha|paginas|pagina|documentos|originais)(?: [\w-]+){0,2}? (?:passam|passa|entram|entra|sao puxadas|e puxada|sao pegas|e pega)(?: (?:agora|ja|de novo|bem|direitinho|sem (?:enroscar|travar|atolar|problemas?)))*\b(?! (?:menos|exceto|salvo|so|tortas|tortos|juntas)\b)`,
    // C231: o aviso com o seu texto, sumido: "o aviso “pouco espaço em disco” sumiu".
    String.raw`\b(?:erro|mensagem|aviso|alerta|janela|popup|pop-up|notificacao|notificacoe|tela)s?(?: (?!nao\b|nunca\b|ainda\b|so\b)[\w-]+){4,9} (?:ja )?(?:desapareceu|desapareceram|sumiu|sumiram|foi embora|foram embora)\b`,
    // C191: the problem told as a thing of the past: "o problema é página virada", "ficou no passado".
    String.raw`\b(?:o|esse|este|a|essa|esta) (?:problema|defeito|erro|falha) (?:já )?(?:é|ficou|virou) (?:já )?(?:coisa do passado|página virada|história|no passado|passado)\b`,
    // C192: uma função nomeada de volta: "a central voltou a distribuir as ligações", "manda de novo os scans para o e-mail".
    String.raw`\b(?:volta|voltou|voltaram|voltam) a (?:mandar|enviar|digitalizar|escanear|sincronizar|mapear|distribuir|transferir|encaminhar|cobrar|aceitar|rotear|desviar)\b(?!(?: [\w-]+){0,2} (?:erro\w*|falh\w*|mal)\b)`,
    String.raw`\b(?:manda|mandam|envia|enviam|digitaliza|escaneia|sincroniza|mapeia|distribui|transfere|encaminha|cobra|aceita|roteia)(?: (?!nao\b|nunca\b|so\b|mas\b|quando\b|se\b|erro\w*\b|mal\b)[\w-]+){0,5} (?:de novo|novamente|outra vez)\b`,
    // C193: conectado o dia inteiro, sem quedas: "a VPN agora fica conectada o dia inteiro".
    String.raw`\b(?:fica|ficam|permanece|permanecem|segue|seguem|continua|continuam)(?: (?:agora|ja))? (?:conectad[oa]s?|online|ligad[oa]s?) (?:o dia (?:inteiro|todo)|todo o dia|a noite (?:inteira|toda)|o expediente (?:inteiro|todo)|sem (?:quedas|cair|desconectar|interrupcoes|oscilar))\b`,
    String.raw`\b(?:aguenta|segura|mantem)(?: (?:agora|ja))?(?: a conexao)? (?:o dia (?:inteiro|todo)|todo o dia|sem (?:quedas|cair|desconectar|interrupcoes))\b`,
    // C194: abre direto onde deve, sem pedir o perfil: "o Outlook já abre direto na caixa de entrada".
    String.raw`\b(?:abre|abrem|inicia|entra|carrega)(?: (?:agora|ja))? (?:direto|diretamente) (?:na|no|em|para)\b(?!(?: [\w-]+){0,3} (?:erro|bios|modo seguro|caixa postal|recuperacao)\b)`,
    String.raw`\b(?:abre|inicia|conecta|entra)(?: (?:agora|ja))? sem (?:pedir|perguntar|solicitar|mostrar) (?:o |a )?(?:perfil|senha|credenciais|aviso)\b`,
    // C195: melhor do que nunca ou do que antes da pane, como novo: "mais rápido do que antes da atualização".
    String.raw`\b(?:mais (?:rapido|rapida|fluido|fluida|estavel|agil|liso)|melhor)(?: [\w-]+){0,2} (?:do que nunca|que nunca|(?:do )?que antes (?:da|do|de) (?:[\w-]+ )?(?:atualizacao|troca|pane|migracao|substituicao|patch|problema|reinstalacao))\b`,
    String.raw`\b(?:esta|estao|ficou|ficaram|funciona|anda|roda)(?: (?:agora|ja|de novo))* (?:como|tipo) nov[oa]s?\b`,
    // C196: sozinho no login, muitas vezes contado por outro: "a unidade de rede já mapeia sozinha no login".
    String.raw`\b(?:se )?(?:mapeia|conecta|monta|inicia|sincroniza)(?: (?:ja|agora|de novo))? (?:sozinh[oa]|automaticamente|por conta propria) (?:no|ao|durante o|apos o) (?:login|logon|logar|entrar|iniciar|inicio de sessao|ligar)\b`,
    // C197: jobs a 100 %, entrega a 100 %, fluxo de e-mail normal: "100 % de entrega nas últimas 24 horas".
    String.raw`\b100(?: ?%| por cento)? (?:de |das |dos )?(?:mensagens |e-?mails |jobs )?(?:entregues|de entrega|entrega|sucesso|concluid[oa]s)(?: [\w-]+){0,2} (?:nas|nos|durante as|durante os) (?:ultimas|ultimos)\b`,
    String.raw`\bfluxo de (?:e-?mails?|correio|mensagens)(?: \w+)? (?:esta |ja |voltou ao )?(?:normal|normalizado|regular|regularizado|restabelecido)\b`,
    String.raw`\b(?:backups?|jobs?|rotinas|tarefas)(?: [\w-]+){0,3} (?:a|em|com) 100\b`,
    // C198: a fórmula de encerramento que dá o assunto por encerrado: "estando este assunto sanado, o chamado será encerrado".
    String.raw`\b(?:assunto|caso|pedido|solicitacao|questao)(?: \w+){0,2} (?:esta|estando|foi|fica|ficou) (?:agora |ja |definitivamente )?(?:sanad[oa]|concluid[oa]|encerrad[oa]|liquidad[oa])\b`,
    String.raw`\bestando (?:este|o|esta|a) (?:assunto|caso|chamado|pedido|questao) (?:agora |ja |definitivamente )?(?:sanad[oa]|concluid[oa]|resolvid[oa]|solucionad[oa])\b`,
    // C199: as impressões estão saindo limpas.
    String.raw`\b(?:impressoes|copias|paginas|folhas|etiquetas|cupons|digitalizacoes|documentos)(?: [\w-]+){0,2} (?:saem|estao saindo|ficam|estao ficando) (?:agora |de novo |ja )*(?:limp[oa]s|nitid[oa]s|perfeit[oa]s|impecaveis|sem (?:manchas|riscos|borroes))\b`,
    // C200: um tudo-certo curto na frase: "tá tudo certinho", "tudo sincronizando".
    String.raw`\b(?:ta|esta|fica) tudo (?:certinho|nos trinques|redondinho|joia|sincronizado|sincronizando)\b(?! (?:menos|exceto|mas|so)\b)`,
    // C202: para todos: "inicia em todos os computadores", "o andar inteiro tem rede de novo".
    String.raw`\b(?:se )?(?:funciona|funcionam|inicia|iniciam|abre|sincroniza|sincronizam|roda|rodam|conecta|imprime)(?: (?!nao\b|so\b)[\w-]+){0,2} (?:em|para|com) (?:todos|todas) (?:os |as )?[\w-]+\b(?! (?:menos|exceto|mas|so)\b)`,
    String.raw`\b(?:o|a) (?:[\w-]+ )?(?:andar|escritorio|predio|setor|equipe|filial|loja) (?:inteir[oa])(?: [\w-]+)? (?:tem|voltou a ter|ja tem) (?:de novo |novamente )?(?:rede|internet|wi-?fi|conexao|acesso)\b`,
    String.raw`\b(?:todos|todas) (?:os |as )?(?:[\w-]+ )?(?:pontos|portas|pastas|compartilhamentos|caixas|terminais|unidades)(?: [\w-]+){0,4} (?:funcionam|estao (?:acessiveis|disponiveis|ativ[oa]s|online))\b(?! (?:menos|exceto|mas|so)\b)`,
    // C203: a bateria aguenta de novo o dia inteiro.
    String.raw`\b(?:bateria|notebook|laptop|portatil)(?: [\w-]+){0,3} (?:aguenta|dura|segura)(?: (?:de novo|novamente|agora|ja))? (?:o dia (?:inteiro|todo)|um dia (?:inteiro|de trabalho)|o expediente (?:inteiro|todo)|todo o expediente)\b`,
    // C204: cobra no cartão de novo: "a maquininha já passa cartão".
    String.raw`\b(?:ja|agora) (?:cobra|cobram|aceita|aceitam|passa|passam|processa) (?:no |o |os |a |as )?(?:cartao|cartoes|pagamentos?|debito|credito)\b`,
    // C205: o monitoramento verde em tudo desde uma hora: "o monitoramento está todo verde desde as 9h".
    String.raw`\b(?:monitoramento|monitorizacao|dashboard|painel|prtg|zabbix|nagios)(?: [\w-]+){0,3} (?:mostra|esta|estao|fica|marca|segue)(?: (?:tudo|todo|agora))* (?:em |no )?verde(?: [\w-]+){0,4} desde\b`,
    // C157: in top form, an idiom of health said of the device: "o portátil está outra vez em grande forma".
    String.raw`(?<!\b(?:deve|devem|deveria|deveriam|vai|vao|ira|irao|pode|podem|podera|precisa)(?: [\w-]+){0,2} )\bem (?:grande|plena|otima|excelente) forma\b(?! (?:so|apenas|mas|exceto)\b)`,
    String.raw`\b(?:tinindo|nos trinques|redondinho|redondinha)\b`,
    // C158: doing its job: "está cumprindo seu papel", "faz o seu trabalho".
    String.raw`\b(?:cumpre|cumprem|cumprindo|a cumprir|faz|fazem|fazendo) (?:bem |de novo )?(?:o |a )?(?:seu|sua) (?:papel|funcao|missao|trabalho|servico)\b(?! (?:so|apenas|mas|exceto)\b)`,
    // C162: colloquial praise of a device that runs well: "está voando baixo", "tá show de bola", "porreiro, a bombar", "que é uma beleza".
    String.raw`\b(?:voando|voa|voam|a voar) baixo\b`,
    String.raw`\b(?:show de bola|porreiro|porreira|a bombar|bombando|de boa|uma maravilha|que e uma beleza|que nem uma beleza|uma beleza)\b(?! (?:so|apenas|mas|exceto)\b)`,
    // C163: the solution told impersonally: "foi dada solução ao problema", "procedeu-se à resolução".
    String.raw`\bfoi (?:dada|encontrada|aplicada) (?:uma )?(?:solucao|resolucao) (?:a|ao|aos|as|para)\b`,
    String.raw`\bprocedeu-?se a (?:resolucao|reparacao|correcao)\b`,
    // C167: all of a count green: "12/12 jobs de sincronização verdes nesta madrugada".
    String.raw`${ALL_OF_ALL}(?: (?!(?:nao|nem|ainda|mas|so|apenas|vermelh\w*|falharam)\b)[\w'-]+){0,6} (?:verdes|em verde|no verde)\b(?! (?:nao|nem|ainda|mas|so|apenas|exceto)\b)`,
    // C143: a count of all in a good state: "3/3 printers online", "4/4 bornes de nouveau en ligne", "12 of 12 tests passed".
    String.raw`${ALL_OF_ALL}(?: (?!(?:nao|nem|ainda|mas|so|apenas|offline|fora|falharam)\b)[\w'-]+){0,5} (?:online|ok|de novo|novamente|conectad[oa]s|registrad[oa]s|funcionando|gravando|aprovad[oa]s|funcionam)\b(?! (?:nao|nem|ainda|mas|so|apenas|offline|fora|falharam)\b)`,
    // C144: the fault gone or eliminated: "the drops were eliminated by the new QoS policy", "los reinicios han desaparecido".
    String.raw`\b(?:quedas|travamentos|congelamentos|reinicios|erros|desconexoes|interrupcoes|lentidao|falhas|cortes)(?: (?!nao\b|ainda\b|so\b|apenas\b)[\w-]+){0,8} (?:foram (?:eliminad[oa]s|resolvid[oa]s|corrigid[oa]s)|sumiram|desapareceram|acabaram)\b`,
    // C149: a device doing its work again: "a maquininha voltou a passar cartão".
    String.raw`\b(?:voltou|voltaram|volta|voltam|ja voltou) a (?:passar|aceitar|receber|gravar|registrar|responder|enviar|detectar|reconhecer|carregar|escanear|sincronizar|conectar|imprimir)\b(?!(?: [\w-]+){0,3} (?:erro\w*|falha\w*|problemas?)\b)`,
    // C138: a monitored state held green over a span: "der Host bleibt seit gestern grün", "le voyant est resté vert toute la nuit".
    String.raw`\b(?:ficou|ficaram|permaneceu|permaneceram|continua|continuam|segue|seguem) (?:no |em )?(?:verde|estavel|estaveis|online) (?:a noite toda|toda a noite|o dia todo|todo o dia|o fim de semana todo|desde)\b`,
    // C127: a hedge that still asserts the present, with "now": "Deve estar tudo certo agora", "Agora deve funcionar".
    String.raw`\b(?:deve|devem|deveria|deveriam)(?=(?: [\w-]+){0,5} (?:agora|ja)\b|(?<=\b(?:agora|ja)(?: [\w-]+){0,3} (?:deve|devem|deveria|deveriam)))(?: (?:agora|ja|tudo|de novo|bem))* (?:funcionar|estar (?:tudo )?(?:certo|ok|bem|resolvido|funcionando|normal|normalizado|em ordem|operacional)|ficar (?:tudo )?(?:certo|ok|bem|normal))\b`,
    // C128: the customer invited to mark the ticket done: "Pode dar o chamado como concluído".
    String.raw`\b(?:pode|podem|podes|podemos|poderia|poderiam)(?: \S+){0,2} (?:dar|marcar|considerar|colocar|deixar|por)(?: \S+){0,3} (?:como|por) (?:concluid[oa]|resolvid[oa]|encerrad[oa]|fechad[oa]|finalizad[oa]|solucionad[oa])\b(?!(?: [\w-]+){0,6} (?:quando|se|assim que|depois|apos)\b)`,
    // C134: policies in effect on the machine: "as GPOs estão sendo aplicadas".
    String.raw`\b(?:gpos?|diretivas?|politicas?)(?: (?!nao\b|nem\b)[\w-]+){0,3} (?:estao sendo aplicadas|estao aplicadas|sao aplicadas|se aplicam|ja se aplicam|foram aplicadas com sucesso)\b(?! (?:so|apenas|parcialmente|mas)\b)`,
    // C125: normal operation stated as confirmed, in the formal register: "Normal operation has been confirmed".
    String.raw`\bfoi (?:confirmada|verificada|constatada) a (?:normalizacao|normalidade)\b`,
    String.raw`\bfoi (?:confirmado|verificado|constatado) o (?:correto|bom|normal) funcionamento\b`,
    // C126: as good as its peers: "works just like every other laptop in the office", "same speed as the rest".
    String.raw`\bigual aos outros\b`,
    String.raw`\ba mesma (?:velocidade|cobertura) do resto\b`,
    // C114: every job of a run told as successful: "every backup job succeeded last night".
    String.raw`\b(?:todos|todas)(?: (?!nao\b)[\w-]+){0,4} (?:backups?|copias?|jobs?|tarefas?|testes?|rotinas?)(?: (?!nao\b)[\w-]+){0,4} (?:(?:foram |sao )?(?:concluid|finalizad|executad|terminad)[oa]s (?:com sucesso|sem erros?|corretamente)|tiveram sucesso|deram certo)\b`,
    // C116: the good state as an attribute: "the now-working VPN", "das wieder funktionierende Profil".
    String.raw`\b(?:ja|agora) (?:funcional|funcionais|operacional|operacionais)\b`,
    // C117: working as it did before the fault: "works exactly as before the update".
    String.raw`\bfuncionam? (?:[\w-]+ ){0,2}(?:igual|como) antes d[ao] [\w-]+`,
    // C102, C104, C107, C109, C110: "firme e forte".
    String.raw`\bdeu conta do recado\b`,
    String.raw`\bresolveu a parada\b`,
    String.raw`\bja era\b(?! (?:para|pra)\b)`,
    String.raw`\b(?:abre|carrega|conecta)(?: [\w-]+){0,3} (?:na hora|instantaneamente|imediatamente|em segundos)\b`,
    String.raw`\b(?:cliente|usuario|usuaria)(?: [\w-]+){0,4} (?:confirmou|confirmaram)(?: [\w-]+){0,3} que (?!(?:\w+ ){0,6}(?:nao|ainda|continua)\b)`,
    String.raw`\bfirme e forte\b`,
    // C90, C91: "nenhum e-mail parado na fila", "perda de pacotes para 0 %"; C96: "o pessoal voltou a acessar
    // o sistema", "os coletores já pegam IP normalmente"; C97: "sincronização do calendário normalizada".
    String.raw`\bperdas?(?: [\w-]+){0,5} (?:para|a|em|tomark) 0\b(?! (?:to|tomark|a|naar|para|al|auf|do|till|до|الى)\b)`,
    String.raw`\b(?:voltou|voltaram|volta|voltam|tem voltado) a (?:acessar|entrar|logar|imprimir|conectar|usar|trabalhar|enviar|receber|sincronizar|abrir|ter|navegar|faturar)\b`,
    String.raw`\b(?:pegam|pega|recebem|recebe|obtem|obtêm)(?: [\w-]+){0,1} (?:ip|endereco|enderecos|rede) (?:normalmente|corretamente|sem problemas|de novo)\b`,
    String.raw`^(?:sincronizacao|conexao|acesso|servico|impressao|conectividade|rede|internet|email|e-mail)(?: [\w-]+){0,4} (?:normalizad[oa]s?|restabelecid[oa]s?|restaurad[oa]s?|recuperad[oa]s?)$`,
    String.raw`\b(?:tempo|latencia|lentidao)(?: [\w-]+){0,4} (?:caiu|baixou|diminuiu|reduziu|passou) de \d+ (?:\w+ )?para (?:menos de )?\d+\b`,
    // C83: speed back to normal or better than before the fault; messages that arrive as they should
    // now; a test run that came out clean ("printed two batches without skipping a label").
    String.raw`\b(?:estao|esta) (?:chegando|funcionando|imprimindo|conectando|sincronizando) (?:certinho|direitinho) (?:agora|ja)\b`,
    String.raw`\b(?:imprimiu|imprimiram)(?: \S+){0,3} sem (?:pular|falhar|perder|travar)\b`,
    // C80: the output right again, and the phone registered again with its calls going through:
    // "invoices come out with the correct logo again", "the desk phone registers with the PBX again".
    String.raw`\b(?:saem|sai|voltaram a sair|voltam a sair|volta a sair) (?:de novo |novamente )?(?:[\w-]+ ){0,3}(?:correto|correta|corretos|corretas|certo|certa)\b`,
    String.raw`\b(?:volta|voltou|voltam) a (?:se )?registrar\b`,
    // C64: the consequence that implies the fix: a run printed without a hitch, the queues drain
    // and jobs come out in seconds.
    String.raw`\b(?:imprimiu|imprimiram|impresso|impressos|impressas|digitalizou|enviou|saiu|sairam)(?: [\w-]+){0,10} sem (?:nenhum|nenhuma|o menor|a menor|um unico|uma unica|qualquer) (?:problema|contratempo|incidente|erro|falha|atolamento|percalco|imprevisto|engasgo)s?\b`,
    String.raw`\b(?:filas?)(?: [\w-]+){0,3} (?:esvaziam|esvazia|estao esvaziando|esta esvaziando|andam|anda|fluem|flui) (?:\w+ )?(?:normalmente|bem|sem problemas|de novo|novamente)\b`,
    String.raw`\b(?:trabalhos|documentos|impressoes|paginas|folhas)(?: [\w-]+){0,2} (?:saem|chegam|sao impressos) em (?:poucos|alguns|\d+|dois|tres|cinco|dez) segundos\b(?! (?:so|somente|apenas|mas|exceto)\b)`,
    // C66: the monitoring green again since the fix: "voltou a ficar verde no painel".
    String.raw`\b(?:voltou|voltaram|volta|voltam) a (?:ficar|estar|aparecer) (?:no |em )?verde\b`,
    String.raw`\b(?:esta|estao|aparece|aparecem|fica|ficou|segue|seguem)(?: \w+)? (?:no |em )?verde(?: [\w-]+){0,6} (?:desde|depois|apos)\b`,
    // C71: formal closing letters: "Temos o prazer de informar que … foi totalmente resolvido",
    // "Consideramos este assunto encerrado".
    String.raw`\bconsideramos (?:este|esse|o|a|esta|essa|nosso|seu) (?:\w+ )?(?:assunto|chamado|caso|incidente|ticket|pedido|problema|questao|atendimento) (?:como )?(?:encerrad|resolvid|fechad|concluid|solucionad)[oa]\b`,
    // C52: status shorthand after the fix: "Spooler OK post-fix", "back in prod", "ticket closed".
    String.raw`\bok (?:pos|apos|depois do)[ -](?:fix|correcao)\b`,
    String.raw`\bde volta (?:em|a|na) (?:producao|prod)\b`,
    // C53: the fault no longer reproduces after the change ("no repro after the swap"), every queue prints.
    String.raw`\btod[ao]s (?:as|os) (?:filas|impressoras|estacoes) (?:imprimem|imprimindo|funcionam|funcionando)$`,
    // C55: the restoration told as a confirmed noun or passive: "Restoration of printing confirmed".
    String.raw`(?<!\bsem (?:que (?:a |o |sua |seu )?|uma |nenhuma )?)\b(?:restabelecimento|restauracao|recuperacao|resolucao|solucao|reparo|reparacao)(?: (?!(?:parcial|parcialmente|apenas|so|deve|devera|deveria|sera|seria|ser|a|nao|ainda|quando|se|ate|pode|tentativa|seja|sejam|esteja|tenha)\b)[\w-]+){0,7} (?:confirmad[oa]|verificad[oa]|concluid[oa]|finalizad[oa]|realizad[oa]|completad[oa])\b(?! (?:apenas|parcialmente|mas)\b)`,
    String.raw`\bconfirmad[oa] (?:o |a )?(?:restabelecimento|restauracao|recuperacao)\b(?! (?:\S+ )?(?:parcial|parcialmente|apenas|so)\b)`,
    // C59: a test page printed with success: "test page printed successfully on every queue".
    String.raw`\bpaginas? de teste(?: (?!(?:deve|devera|deveria|sera|seria|ser|a|nao|ainda|quando|se|ate|pode)\b)[\w-]+){0,2} (?:impressas?|saiu)(?: (?!(?:deve|devera|deveria|sera|seria|ser|a|nao|ainda|quando|se|ate|pode)\b)[\w-]+){0,1} (?:com sucesso|corretamente|sem erros|sem problemas)\b(?! (?:so|apenas|somente|parcialmente)\b)`,
    // C61: the outcome as a headline: "fix successful", "printing restored", "stays up", "no more crashes".
    String.raw`\b(?:correcao|solucao|intervencao|reparo)(?: \w+)? (?:bem-sucedid[oa]|bem sucedid[oa])\b`,
    String.raw`^(?:a |o )?(?:impressao|servico|acesso|conexao)(?: (?!(?:deve|devera|deveria|sera|seria|ser|a|nao|ainda|quando|se|ate|pode)\b)[\w-]+){0,3} (?:restabelecid[oa]|restaurad[oa])\b(?! (?:so|apenas|somente|parcialmente|em parte)\b)`,
    String.raw`\b(?:permanece|continua|fica) (?:agora )?(?:em execucao|estavel|no ar|de pe)\b`,
    // C50: settled idioms and regional forms of "it works again" ("put to bed", fr-CA "asteure", nl-BE "terug").
    String.raw`\b(?:esta|ta|ficou|anda) (?:redond(?:inh)?[oa]|lisinh[oa]|tinindo|nos trinques|um brinco)\b`,
    String.raw`\bvolt(?:ou|aram) ao jogo\b`,
    // C45: the place of the fault is empty and stays so: "the queue is empty and stays empty".
    String.raw`\bfila(?: \S+){0,3} (?:esta|continua) vazia e (?:continua|permanece|segue|fica)\b`,
    // C35: the place of the fault stayed good over a span: "the queue stayed empty all week".
    String.raw`\bfila(?: \S+){0,5} vazias? (?:a semana (?:toda|inteira)|o dia (?:todo|inteiro)|toda a semana|todo o dia|o fim de semana (?:todo|inteiro)|desde)\b`,
    // C38: as good as new: "novinha em folha", "como nova" at the end of its part.
    String.raw`\bnov(?:inh)?[ao]s? em folha\b`,
    String.raw`(?<!\bquase )\bcomo nov[ao]s?$`,
    // C29: a formal closure: "Dá-se por resolvido o chamado", "procede-se ao encerramento".
    String.raw`\b(?:da-se|dao-se|damos|se da|considera-se|consideramos) (?:\w+ ){0,3}por (?:resolvid|encerrad|fechad|concluid|solucionad)[oa]s?\b`,
    String.raw`\b(?:procede-se|procedemos|procedo) (?:a o|ao|a|com o) (?:encerramento|fecho|fechamento)\b`,
    // L: "Tá a bombar": Portuguese slang for "it works, and well".
    String.raw`\b(?:esta|estao|ta|tao) (?:\w+ )?a bombar\b`,
    // C26: after several attempts, the last one did it: "à terceira foi de vez".
    String.raw`\b(?:a|o) (?:segund|terceir|quart|quint|ultim|seguint)[oa] (?:\w+ )?(?:foi|era|resultou) (?:a boa|o bom|a certa|o certo|de vez|a definitiva|o definitivo|a solucao|bem sucedid[oa]|eficaz)\b`,
    String.raw`\b(?:a|à) (?:terceira|quarta|segunda) (?:foi|e|é) de vez\b`,
    // C20: monitoring says all is well: "tudo verde".
    String.raw`\b(?:tudo|todos|todas)(?: \S+){0,6} (?:(?:esta|estao|de novo|ja|ficou|ficaram) )*(?:no |em )?verdes?\b`,
    // C22: an activation told as done: "Office ativado".
    String.raw`\b(?:office|windows|aplicativos?|licencas?|produtos?)(?: \S+){0,2} (?:(?:esta|estao|foi|foram|ja|ficou) )*ativad[oa]s?\b`,
    // C15: a job or a step done with success, and the phrases that stand for it.
    String.raw`\bvolt(?:ou|aram) (?:\w+ )?(?:ao normal|a normalidade)\b`,
    String.raw`\bvolt(?:ou|aram) a (?:mandar|enviar|imprimir|funcionar|sincronizar|conectar|abrir|escanear|digitalizar|receber|operar|emitir)\b`,
    String.raw`\b(?:esta|estao) \w+ndo(?: \w+){0,4} (?:normalmente|sem problemas?|sem erros?|corretamente)\b`,
    String.raw`\bacessive(?:l|is) (?:de novo|novamente|outra vez)\b`,
    String.raw`\b\w+ndo redondinho\b`,
    String.raw`\bresolvid[ao]s? e (?:validad|testad|confirmad|verificad)[ao]s?\b`,
    // C13: a cause that fixed it, with nothing after: "isso resolveu", "a limpeza resolveu de vez".
    String.raw`\b(?:resolveu|resolveram|solucionou|solucionaram|corrigiu|corrigiram|consertou|consertaram|sanou)(?= (?:tudo|de vez|definitivamente|finalmente|o caso|a situacao|a questao)|$)`,
    String.raw`\b(?:aplicativos|aplicacoes|apps?|office|windows|licencas?|produtos?)(?: \S+){0,3} (?:esta|estao|foi|foram|ficou|ficaram)(?: \S+)? (?:ativad[oa]s?|ativ[oa]s?)\b`,
    String.raw`\b(?:conclui|concluem|termina|terminam|finaliza|finalizam|tem concluido|tem terminado)(?: \S+){0,3} (?:com sucesso|corretamente|sem erros?)\b`,
    String.raw`\b(?:foi|foram|esta|estao)(?: \S+)? (?:integralmente|totalmente|completamente|plenamente|definitivamente) (?:solucionad|resolvid|sanad|corrigid|restabelecid|normalizad)[oa]s?\b`,
    String.raw`\b(?:chamado|ticket|pedido) pode (?:agora )?ser (?:fechado|encerrado)\b`,
    String.raw`\b(?:esta|estao|ta) (?:tudo |todos? )?a (?:funcionar|correr|trabalhar|imprimir)(?: \w+)? (?:bem|na perfeicao|normalmente|perfeitamente|sem problemas)\b`,
    String.raw`\b(?:agora|ja) (?:esta|estao|ta) (?:tudo |todos? )?a (?:funcionar|correr|trabalhar|chegar)\b`,
    String.raw`\bvolt(?:a|ou|aram|am) (?:tod[oa]s? )?a (?:estar|funcionar|imprimir|ligar|arrancar|conectar|chegar|ser (?:utilizave(?:l|is)|usave(?:l|is)|acessive(?:l|is)|estave(?:l|is)|funciona(?:l|is)|operaciona(?:l|is)))\b`,
    String.raw`\b(?:agora|ja) (?:\w+ ){0,2}sem (?:erros|falhas|problemas|quedas)\b`,
    String.raw`\bacabaram-se (?:os )?(?:problemas|erros|falhas)\b`,
    String.raw`\bpront[oa] (?:a usar|para usar|a ser usad[oa]|para uso)\b`,
    String.raw`\b(?:ta|esta) (?:resolvid|tratad|arrumad|normalizad|estavel)\w*`,
    // A password reset is work done, not a service restored.
    String.raw`(?<!(?:senha|palavra-passe|password|pin|credenciais|chave)s? (?:\w+ ){0,2})\b(?:esta|estao|e|sao|foi|foram|tem sido|ficou|ficaram|fica|se|ja)(?: ${ADV})* ${FIXED}\b`,
    String.raw`\b(?:resolvemos|solucionamos|corrigimos|reparamos|consertamos|resolvi|solucionei|corrigi|consertei|reparei|conseguimos (?:resolver|solucionar|corrigir|consertar))\b`,
    String.raw`\b(?:temos|tenho|tem|ja) (?:\w+ )?(?:resolvido|solucionado|corrigido|consertado|reparado)\b`,
    String.raw`\b${DEVICE_VERBS}(?: ${ADV})* (?:de novo|outra vez|novamente|como antes)\b`,
    String.raw`\b(?:voltou|volta|voltaram|voltam) a (?:funcionar|imprimir|conectar|ligar|responder|sincronizar|trabalhar)\b`,
    String.raw`\b(?:funcionou|funcionava|imprimiu|conectou|ligou) (?:${ADV} )*(?:de novo|outra vez|novamente)\b`,
    String.raw`\b(?:parou|parararam|deixou|deixaram) de (?:falhar|travar|desconectar|reiniciar|dar erro|congelar|aparecer|cair)\b`,
    String.raw`\b(?:erro|problema|falha|mensagem|travamento)s? (?:ja |)(?:desapareceu|desapareceram|sumiu|sumiram)\b`,
    String.raw`\b(?:fechamos|encerramos|fechando|encerrando|fecho|encerro|vamos encerrar agora) (?:o|este|esse|seu|a|esta|essa|sua) (?:chamado|ticket|caso|pedido|solicitacao|ocorrencia|requisicao)\b`,
    String.raw`\b(?:chamado|ticket|caso|pedido|incidente) (?:esta |foi |fica )?(?:fechad[oa]|encerrad[oa]|resolvid[oa]|solucionad[oa])\b`,
    String.raw`\b(?:tudo|ja esta tudo) (?:esta |funciona |ficou |certo |)(?:em ordem|bem|certo|ok|normal|funcionando)\b`,
    String.raw`\b(?:problema resolvido|problema solucionado|de volta ao normal|voltou ao normal|ja pode (?:imprimir|trabalhar|conectar|usar|acessar)|pode (?:imprimir|trabalhar|acessar) novamente)\b`,
    // Ability restored: "já consegue aceder", "consegue novamente entrar", "voltou a conseguir imprimir".
    String.raw`\b(?:ja|agora|finalmente|enfim|novamente|de novo) (?:\w+ )?${ABLE} (?:voltar a )?${NOT_SYMPTOM}${INFINITIVE}\b`,
    String.raw`\b${ABLE} (?:ja |agora |finalmente )*(?:novamente|de novo|outra vez|voltar a) ${NOT_SYMPTOM}${INFINITIVE}\b`,
    String.raw`\b(?:consegue|conseguem|conseguimos) ${NOT_SYMPTOM}${INFINITIVE}(?: [\w-]+){0,4} (?:de novo|novamente|outra vez)\b`,
    String.raw`\b${ABLE} ${NOT_SYMPTOM}${INFINITIVE}(?: [\w-]+){0,4} (?:normalmente|sem (?:nenhum )?(?:problemas?|erros?|falhas?|dificuldades?)|corretamente|tranquilamente|numa boa|de boa)\b`,
    String.raw`\b(?:voltou|voltaram|volta|voltam|ja voltou) a (?:conseguir|poder) ${INFINITIVE}\b`,
    // Good again: "está acessível de novo", "voltou ao ar", "a internet voltou".
    String.raw`\b(?:esta|estao|ta|fica|ficou|ficaram)(?: \w+)? (?:acessive(?:l|is)|disponive(?:l|is)|online|no ar|estave(?:l|is)|operaciona(?:l|is)|ligad[oa]s?|conectad[oa]s?|funcionando|funciona(?:l|is)|ok|normal|normais|a funcionar|em funcionamento)(?: \w+)? (?:de novo|novamente|outra vez)\b`,
    String.raw`\b(?:de novo|novamente|outra vez) (?:acessive(?:l|is)|disponive(?:l|is)|online|no ar|estave(?:l|is)|operaciona(?:l|is)|em funcionamento|a funcionar|funcionando)\b`,
    // The errors "de sincronização" that came back are not the synchronisation.
    String.raw`(?<!(?:erros?|problemas?|falhas?|quedas?|travamentos?) de )\b(?:internet|conexao|ligacao|rede|wifi|wi-fi|servico|acesso|e-mail|email|correio|luz|sinal|servidor|site|sistema|impressora|vpn|energia|sincronizacao|linha)(?: \w+){0,2} (?:voltou|voltaram|ja voltou|regressou|regressaram|esta de volta|estao de volta)(?! a (?:falhar|cair|travar|dar))\b`,
    String.raw`\b(?:volt(?:ou|aram|a|am)|esta de volta|estao de volta|de volta) (?:ao ar|a ficar (?:online|no ar|disponivel|estavel|ok|normal)|ao normal|a normalidade|ao funcionamento normal|a estar (?:online|disponivel|estavel|ok|normal|acessivel|operacional))\b`,
    // Everything: "funciona tudo", "tá tudo certo", "tudo beleza".
    String.raw`\b(?:funciona|funcionam|anda|roda) tudo\b|\b(?:esta|estao|ta) (?:a )?(?:funcionar|funcionando|rodar|rodando|correr|correndo) (?:tudo|todos?)\b|\btudo (?:a )?(?:funcionar|funcionando|funciona|beleza|tranquilo|joia|nos conformes|perfeito|resolvido|ok|certinho|normalizado|rodando|a correr bem|operacional|em ordem)\b(?! (?:menos|exceto|salvo))|\b(?:esta|ta|fica|ficou) tudo (?:certo|ok|bem|normal|resolvido|em ordem|funcionando|beleza|perfeito)\b`,
    // "Agora funciona": the device works, now.
    String.raw`\b(?:agora|ja|finalmente|enfim) (?:me |lhe |nos |te )?(?:funciona|funcionam|imprime|imprimem|conecta|conectam|liga|ligam|arranca|roda|rodam|sincroniza|responde|abre|carrega|chega|chegam|entra|entram|(?:esta|estao|ta) (?:a )?(?:funcionar|funcionando|imprimir|imprimindo|conectar|conectando|rodar|rodando|sincronizar|sincronizando))\b(?! (?:mal|lento|devagar|pior|so\b|apenas|as vezes|quando|se\b|com (?:erro|falha)))`,
    // Fixed in any voice: "conseguimos resolver", "a falha foi eliminada".
    String.raw`\b(?:conseguimos|consegui|conseguiu|conseguiram|foi possivel|pudemos) (?:\w+ )?(?:resolver|solucionar|corrigir|consertar|reparar|restabelecer|restaurar|recuperar|eliminar|sanar|desbloquear|arrumar)\b`,
    String.raw`\b(?:falha|problema|erro|defeito|avaria|anomalia|bug|causa|incidente|travamento|bloqueio|instabilidade)s?(?: \w+){0,2} (?:foi|foram|esta|estao|ja foi) (?:${ADV} )*(?:eliminad|removid|superad|tratad|sanad|contornad)[oa]s?\b`,
    String.raw`\b(?:resolvid|solucionad|corrigid|reparad|restabelecid|restaurad|normalizad|consertad)[oa]s? com sucesso\b`,
    // The fix worked: "a atualização resolveu o problema", "bastou", "deu certo", "resultou".
    String.raw`\b(?:resolveu|resolveram|solucionou|solucionaram|corrigiu|corrigiram|consertou|eliminou|sanou|acabou com|tem resolvido|ha resolvido) (?:de vez )?(?:o|a|os|as|este|esse|esta|essa|nosso|nossa|seu|sua) (?:problema|falha|erro|defeito|avaria|bloqueio|travamento|incidente|inconveniente|questao)s?\b`,
    String.raw`\b(?:bastou|bastaram|foi suficiente|deu resultado|surtiu efeito|foi eficaz|foi eficiente|resultou|foi a solucao|(?:ja )?deu (?:tudo )?certo|tudo deu certo)\b`,
    String.raw`\b(?:isso|isto|solucao|truque|patch|correcao|mudanca|reinicio|reinicializacao|atualizacao|reinstalacao|metodo|procedimento|ajuste|reset|troca|substituicao|tudo)(?: (?!so\b|apenas\b|somente\b|nao\b|parcialmente\b)[\w-]+){0,3} (?:funcionou|funcionaram|tem funcionado)\b(?! (?:em parte|parcialmente|pela metade|so\b|apenas|durante|por (?:uns|umas|alguns|algumas|pouco)|ate))`,
    String.raw`\b(?:conseguimos|consegui|conseguiu|foi possivel) (?:deixa-lo|deixa-la|deixar|por|po-lo|po-la|colocar|faze-lo|faze-la|fazer) (?:\w+ )?(?:funcionando|funcionar|a funcionar|operaciona(?:l|is)|no ar|rodando|a rodar)\b`,
    String.raw`\b(?:ja|novamente|de novo|finalmente|outra vez) (?:\w+ )?(?:tem|temos) acesso\b|\b(?:tem|temos) acesso(?: [\w-]+){0,4} (?:de novo|novamente|outra vez)\b|\b(?:recuperou|recuperaram|reobteve|voltou a ter|voltaram a ter) (?:o )?acesso\b`,
    String.raw`\b(?:e|sao|ja e|virou) (?:coisa|historia) do passado\b`,
    String.raw`\b(?:consta|constam|fica|ficou|esta marcad[oa]|foi marcad[oa]) como (?:resolvid|solucionad|fechad|encerrad|concluid)[oa]s?\b`,
    String.raw`\b(?:resolveu-se|solucionou-se|corrigiu-se|normalizou-se|restabeleceu-se|resolveram-se)\b`,
    String.raw`\b(?:confirma|confirmam|confirmou|confirmaram|constatou|constatamos|verificamos|validamos|atesta)(?: [\w-]+){0,3} (?:o )?(?:bom|correto|normal|perfeito) funcionamento\b|\b(?:bom|correto) funcionamento (?:confirmado|verificado|restabelecido|constatado)\b`,
    String.raw`\b(?:permitiu|permitiram|tem permitido) (?:\w+ )?(?:restabelecer|resolver|solucionar|corrigir|consertar|recuperar|reparar|desbloquear)\b`,
    // Brazilian slang: "tá funfando".
    String.raw`\b(?:funfa|funfam|funfou|funfaram|funfando)\b`,
    // A participle in front: "Resolvido o problema da impressora".
    String.raw`^(?:ja |finalmente )?(?:resolvid|solucionad|corrigid|consertad|reparad|restabelecid|normalizad)[oa]s? (?:o|a|os|as|este|esse|esta|essa) (?!(?:primeiro|primeira|um|uma|parte|metade)\b)`,
    String.raw`\b(?:retomad|repost|recolocad|restaurad)[oa]s? (?:em funcionamento|em servico|em producao|normalmente|com normalidade|no ar)\b|\b(?:foi|foram) retomad[oa]s?\b`,
    String.raw`\b(?:bloqueio|restricao|impedimento|bloqueios|restricoes)s? (?:foi|foram|esta|estao|ja foi) (?:\w+ )?(?:levantad|removid|retirad)[oa]s?\b`,
    String.raw`\b(?:validou|validaram|valida|validam|confirmou|confirmaram|aprovou|aprovaram) (?:a |o )?(?:solucao|resolucao|correcao|reparo|conserto|intervencao)\b|\b(?:solucao|correcao|reparo|conserto|intervencao) (?:foi |esta |ficou )?validad[oa]\b`,
    String.raw`\b(?:ok|operaciona(?:l|is)|estave(?:l|is)) desde\b`,
    // Normal operation: "está operando normalmente", "o acesso está normal", "normalizado".
    String.raw`\b(?:em|com) (?:pleno )?funcionamento normal\b|\bfuncionamento (?:normal|normalizado) (?:restabelecido|restaurado|retomado)\b|\b(?:situacao|servico|acesso|tudo|sistema|rede|operacao)(?: \w+){0,2} (?:normalizad[oa]|esta normal|ta normal|voltou a normalidade)\b`,
    // Closure: "procedemos ao encerramento do chamado", "podemos fechar o ticket".
    String.raw`\b(?:procedemos|procedo|vamos proceder|passamos|pode-se proceder)(?: ao| a| com o)? (?:encerramento|fecho|fechamento) (?:do|deste|desse|da|desta) (?:chamado|ticket|caso|pedido|incidente|ocorrencia)\b`,
    String.raw`\b(?:podemos|pode|podes|ja podemos|ja pode) (?:ja )?(?:fechar|encerrar) (?:o|este|esse|a|esta|essa) (?:chamado|ticket|caso|pedido|incidente|ocorrencia)\b`,
    String.raw`\b(?:estamos|estou|esta) (?:a )?(?:encerrar|encerrando|fechar|fechando) (?:o|este|esse|a|esta|essa|seu|sua) (?:chamado|ticket|caso|pedido|incidente|ocorrencia)\b`,
  ],
  stateClaims: [
    // C229: um estado estável numa palavra de elogio: "o Wi-Fi agora tá voando", "o servidor está tranquilo", "emitindo cupom nos conformes".
    String.raw`\b(?:ta|esta|estao|tao|anda|andam|vai|vao|roda|rodam|funciona|funcionam|segue|seguem)(?: (?:agora|ja|de novo|novamente|finalmente|simplesmente|sempre))* (?:voando|a voar|tranquilo|tranquila|tranquilos|tranquilas|tinindo|nos trinques|nos conformes|redondo|redondinho|redondinha|lisinho|zerad[oa]|uma beleza|uma maravilha|impecavel|impecaveis|estavel como uma rocha|firme e forte|de vento em popa|como um relogio|que nem um relogio|a mil|a todo vapor|bombando|a bombar)\b(?! (?:menos|exceto|so|mas|ate)\b)`,
    String.raw`\b(?:emitindo|emite|emitem|imprimindo|imprime|imprimem|rodando|funcionando|trabalhando|respondendo|sincronizando|carregando|conectando)(?: [\w-]+){0,3} (?:nos conformes|nos trinques|redondinho|que e uma beleza|tinindo)\b(?! (?:menos|exceto|so|mas|ate)\b)`,
    // C27: as fast as before: "Agora está tão rápido quanto antes".
    String.raw`(?<!\b(?:quase|nao|ainda nao) )\b(?:tao (?:rapid[oa]s?|fluid[oa]s?|estave(?:l|is)|agil|bem) (?:quanto|como)|igual(?:zinho)? a) (?:antes|sempre|no inicio|o primeiro dia|de costume)\b`,
    // "Funcionado normalmente agora": the participle, or a slip for "funcionando"; after "tinha" it
    // tells the past.
    String.raw`\bfuncionado (?:\w+ )?(?:normalmente|bem|corretamente|sem (?:problemas|erros|falhas))\b`,
    // C21: better than before ("bem mais rápida que antes"); "um pouco mais" is a partial result.
    String.raw`(?<!\b(?:um pouco|ligeiramente|levemente|nao) )\b(?:(?:bem|muito|bastante) )?(?:mais (?:rapid[oa]s?|estave(?:l|is)|fluid[oa]s?|confiave(?:l|is))|melhor) (?:do )?que antes\b`,
    // C17: busy for a stretch of time without trouble: "a manhã toda sem falhas".
    String.raw`\b(?:a manha (?:toda|inteira)|o dia (?:todo|inteiro)|toda a manha|a tarde (?:toda|inteira)|desde cedo|desde hoje de manha)(?: \w+){0,3} sem (?:nenhum |nenhuma |qualquer )?(?:problemas?|falhas?|erros?|quedas?|travamentos?|interrupc(?:ao|oes))\b`,
    String.raw`\b(?:${DEVICE_VERBS}|(?:esta|estao) (?:funcionando|imprimindo|conectando|sincronizando|respondendo|ligando|rodando|carregando))(?: ${ADV})* (?:bem|corretamente|perfeitamente|normalmente|sem (?:problemas?|erros?|falhas?|quedas?)|como deveria|direitinho)\b`,
    String.raw`\b${WORKS}(?: [\w-]+){0,3} ${MANNER}(?! (?:so\b|somente|apenas|as vezes|quando|menos|exceto|salvo|se\b|em outro|em outra|noutro|noutra|de outro|de outra|com outro|com outra|enquanto isso|por enquanto|por agora|via|em modo))\b`,
    String.raw`\b(?:esta|estao|ta|continua|continuam|segue|seguem|permanece|permanecem|se mantem|mantem-se)(?: ${ADV})* (?:estave(?:l|is)|acessive(?:l|is)|disponive(?:l|is)|online|no ar|operaciona(?:l|is)|normal|normais|normalizad[oa]s?|em ordem)\b`,
  ],
  symptomClaims: [
    // C317: nobody has the fault any more: "não tem mais ninguém vendo o erro", "nenhum usuário ficou mais sem rede".
    String.raw`(?<!\b(?:quase|praticamente) )\bnao (?:tem|ha) mais (?:ninguem|nenhum (?:usuario|colaborador|funcionario|computador))\b|\bninguem mais (?:recebe|ve|fica|ficou|tem|reclama|esta)\b|\bnenhum (?:usuario|utilizador|colaborador|funcionario|computador|caixa)s? (?:ficou|fica|esta|recebe|recebeu|ve|viu|teve|tem) mais\b`,
    // C318: not a single failure since a change: "nem uma queda desde a troca do roteador".
    String.raw`^(?:nem uma|nem um|nenhuma|nenhum) (?:unica |unico |so )?(?:[\w-]+ )?(?:falhas?|erros?|quedas?|travamentos?|desconexoes|desconexao|atolamentos?|alertas?|rejeicoes|rejeicao)(?: [\w-]+){0,5} desde\b`,
    // C287: no longer a problem: "o Wi-Fi da sala de reunião não é mais problema", "a impressora já não é um problema".
    String.raw`\b(?:nao (?:e|sao|eh) mais|ja nao (?:e|sao)) (?:um |uma |nenhum |nenhuma )?(?:problema|problemas|questao|dor de cabeca|incomodo|transtorno)\b`,
    String.raw`\bnao (?:da|dao|causa|causam|gera|geram) mais (?:nenhum |problema|problemas|dor de cabeca|trabalho)\b`,
    // C288: nothing breaks any longer: "não tem mais nada dando erro no acesso RDP", "nada mais trava".
    String.raw`\bnao (?:tem|ha) mais nada (?:dando (?:erro|problema|pau)|travando|falhando|caindo|bugando|quebrado|errado|com (?:erro|problema|defeito))\b|\bnada (?:mais )?(?:trava|falha|cai|da erro|da problema|buga|engasga|congela) mais\b|\bnada mais (?:trava|falha|cai|da erro|da problema|buga|engasga|congela)\b`,
    // C289: not a single dropped call since the change: "nenhuma chamada caiu desde a troca do switch", "nem uma ligação derrubada hoje".
    String.raw`\b(?:nenhuma|nem uma|nem uma unica|zero) (?:unica )?(?:chamada|chamadas|ligacao|ligacoes|conexao|conexoes|sessao|sessoes) (?:caiu|cairam|caida|caidas|derrubada|derrubadas|perdida|perdidas|interrompida|interrompidas|foi derrubada)(?: [\w-]+){0,4} (?:desde|depois|apos|mais|hoje)\b`,
    // C290: not seen the fault once since the change: "não apareceu mais o erro de certificado desde a atualização", "não vimos o aviso nem uma vez".
    String.raw`\bnao (?:apareceu|aparece|surgiu|surge|pipocou|saltou|deu|voltou a aparecer|voltou a dar) mais (?:o |a |os |as |aquele |aquela |esse |essa |nenhum |nenhuma )?(?:[\w-]+ )?(?:erro|erros|aviso|avisos|alerta|alertas|mensagem|mensagens|popup|pop-up|janela|janelas|tela azul|falha|falhas)\b`,
    String.raw`\bnao (?:vi|vimos|viu|notei|notamos|tivemos|tive) (?:mais )?(?:o |a |os |as |nenhum |nenhuma |aquele |aquela |esse |essa )?(?:(?!(?:retorno|resposta|noticias|novidades|informacao|feedback|sobre|do|da)\b)[\w-]+ ){0,3}(?:erro|erros|aviso|avisos|alerta|alertas|popup|pop-up|janela|janelas|falha|falhas|queda|quedas)(?: [\w-]+){0,4} (?:nem uma (?:unica )?vez|desde)\b`,
    // C225: nenhum problema num período: "faz dois dias que não dá nenhum problema no drive de rede", "há uma semana a VPN não dá erro".
    String.raw`(?<!\b(?:nao|ainda nao|quase|se|quando|ate)\b(?: [\w-]+){0,2} )\b(?:faz|ha|ja faz|ja ha|ja sao|sao|ja vao|vao|nos ultimos|nas ultimas|ja) (?:uns |umas |mais de )?(?:\d+|um|uma|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|varios|varias|alguns|algumas) (?:dias?|semanas?|horas?|noites?|expedientes?)(?: (?:inteiros|inteiras|seguidos|seguidas|ja))?(?: (?!(?:havia|tinha|sera|vai)\b)[\w-]+){0,4} (?:nao (?:da|deu|dao|deram|tem|teve|temos|tivemos|ha|houve|aparece|apareceu|acontece|aconteceu|registra|registramos|registrou)(?: mais)?|nem|sem|nenhum|nenhuma|zero)(?: (?:nenhum|nenhuma|um|uma|um unico|uma unica|sequer um|sequer uma|mais))? (?:[\w-]+ )?(?:problemas?|erros?|falhas?|travamentos?|travadas?|quedas?|reclamacao|reclamacoes|incidentes?|paradas?|bugs?|pau|paus|defeitos?)\b`,
    String.raw`\b(?:nenhum|nenhuma|zero|nem um|nem uma|sequer um|sequer uma)(?: [\w-]+){0,2} (?:problemas?|erros?|falhas?|travamentos?|quedas?|reclamacao|reclamacoes|incidentes?|paradas?|bugs?|defeitos?)(?: [\w-]+){0,5} (?:ha|faz|em|nos ultimos|nas ultimas) (?:\d+|um|uma|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|varios|varias|alguns|algumas) (?:dias?|semanas?|horas?|noites?)\b(?! (?:depois|ate|mas|antes)\b)`,
    // C226: nada a reclamar, como expressão: "não posso reclamar", "não tenho do que reclamar do roteador novo".
    String.raw`(?<!\b(?:se|quando|espero|esperamos)\b(?: [\w-]+){0,2} )\bnao (?:posso|podemos|pode|podem) (?:me |nos |se )?(?:reclamar|queixar|queixar-me|queixar-nos|queixar-se)\b(?! (?:com o fornecedor|com a operadora|junto|ao fornecedor|a operadora)\b)`,
    String.raw`\b(?:nao (?:tenho|temos|tem|ha) (?:mais )?(?:nada )?(?:do |de |o |nada a |nada para |nada de )(?:que )?|nada (?:a|para|de) )(?:reclamar|queixar-se|queixar|reclamacoes)\b`,
    // C227: já nada de errado: "já não há nada de errado com o portátil", "não tem mais nada de estranho".
    String.raw`\b(?:ja nao (?:ha|tem|existe|esta) (?:mais )?|nao (?:ha|tem|existe|esta) mais )nada (?:de )?(?:errado|estranho|anormal|esquisito|mal)\b`,
    // C232: nenhuma mensagem de erro ao abrir desde então: "nenhuma mensagem de erro ao abrir o Protheus desde ontem".
    String.raw`\b(?:nenhum|nenhuma|nem um|nem uma|mais nenhum|mais nenhuma|chega de)(?: [\w-]+){0,3}? (?:mensagens?|avisos?|erros?|alertas?|janelas?|janelinhas?|pop-?ups?|notificacao|notificacoes|travamentos?|telas? azu(?:l|is)|quedas?)(?: [\w-]+){0,6} (?:desde|depois d[aoe]s?|apos (?:a|o))\b`,
    String.raw`\bsem mais (?:[\w-]+ ){0,2}?(?:mensagens|erros|avisos|alertas|janelas|janelinhas|pop-?ups|travamentos|quedas)\b`,
    // C197: nenhuma falha contada desde a mudança: "0 quedas desde o patch".
    String.raw`\b(?:0|zero) (?:[\w-]+ ){0,2}(?:quedas?|erros?|travamentos?|falhas?|incidentes?|alertas?|reinicios?)(?: [\w-]+){0,6} desde (?:o|a) (?:[\w-]+ )?(?:patch|reinicio|atualizacao|troca|correcao|substituicao|intervencao|reparo|migracao)\b`,
    // C160: nothing left to report since the fix: "nada a relatar sobre o scanner após a intervenção".
    String.raw`\bnada (?:mais |de novo )?(?:a|para|de) (?:relatar|reportar|assinalar|registrar|registar|reclamar)(?: [\w-]+){0,5} (?:apos (?:a|o)|depois d[ao]|desde (?:a|o)) (?:intervencao|troca|mudanca|reparacao|reparo|substituicao|atualizacao|reinicio|reinstalacao|correcao)\b`,
    String.raw`\b(?:ja nao ha|nao ha mais) nada (?:a|para|de) (?:relatar|reportar|reclamar)\b`,
    // C161: it gives no more trouble, an idiom: "a maquininha não dá mais dor de cabeça".
    String.raw`\b(?:nao|ja nao) (?:da|dao|tem dado|esta dando|esta a dar) (?:mais )?(?:dor(?:es)? de cabeca|chatice|trabalho|dores de cabeca)(?: mais| nenhuma)?\b(?<=\bmais\b.*|\bja nao\b.*)`,
    // C129: a run completed without warnings or errors: "O backup de ontem terminou sem nenhum aviso".
    String.raw`\b(?:backups?|copias?(?: de seguranca)?|rotinas?|jobs?|tarefas?|sincronizac\w*|deploy|implantac\w*|atualizac\w*|migrac\w*|replicac\w*)(?: (?!nao\b|so\b|apenas\b)[\w-]+){0,6} (?:terminou|terminaram|concluiu|concluiram|finalizou|finalizaram|rodou|rodaram|completou|foi concluid[oa]|foi finalizad[oa]) (?:com sucesso )?(?:sem (?:nenhum |nenhuma |qualquer )?(?:avisos?|alertas?|erros?|warnings?|problemas?|advertencias?))\b(?! (?:exceto|so|apenas|mas)\b)`,
    // C131/C132: the fault no longer comes back, in the infinitive too: "O erro não voltou", "o motivo de as ligações não caírem mais", "Não tá mais dando pau".
    String.raw`\b(?:erro|erros|problema|problemas|falha|falhas|mensagem|mensagens|aviso|avisos|alerta|alertas|travamento|travamentos|queda|quedas)(?: [\w-]+){0,3} (?:nao|ja nao) (?:voltou|voltaram|volta mais|voltam mais|apareceu mais|reapareceu|reapareceram|se repetiu|se repetiram|aparece mais|aparecem mais|retornou|retornaram)\b`,
    String.raw`\bnao (?:\w+ )?(?:caem|cai|cair|cairem|caiu|travam|trava|travou|travar|travarem|cortam|corta|desconecta|desconectam|reinicia|reiniciam|congela|congelam) mais\b`,
    String.raw`\bnao (?:ta|esta|estao) mais (?:dando (?:pau|erro|problema)|travando|caindo|desconectando|congelando)\b`,
    // C124: the workaround or the chore no longer needed: "doesn't have to use the webmail workaround now".
    String.raw`\bnao (?:precisa|precisam) mais (?:usar|utilizar|recorrer a|passar pelo|passar pela)\b`,
    // C118: held for a span of time without the fault: "has held for two days now without a single disconnect".
    String.raw`\b(?:aguenta|aguentando|funciona|funcionando|esta|roda|rodando)(?: \w+){0,4} (?:dias|horas|semanas|noites)(?: \w+)? sem (?:uma sola|uma unica|um unico|nenhuma|nenhum|desconectar|cair|falhar|quedas?|travar)\b`,
    // C119: not once since a point in time: "since 3 pm the Wi-Fi has not dropped once", "no errors since the reboot".
    String.raw`\b(?:nem um|nem uma|nenhum|nenhuma) (?:so |unico |unica )?(?:erro|falha|queda|desconexao|travamento)(?: \w+){0,3} desde\b`,
    String.raw`\bnao (?:caiu|desconectou|travou|falhou)(?: \w+){0,3} (?:nenhuma vez|uma unica vez|desde)\b`,
    // C113: a loss measured as none: "0 % loss over 500 packets", "丢包率0%".
    String.raw`\b0 (?:de )?(?:perda|perdas|pacotes perdidos|erros|quedas)\b(?! (?:a|tomark)\b)`,
    // C115: the user with nothing left to complain about: "has nothing more to complain about".
    String.raw`\bnao tem mais (?:nada )?(?:do |de )?(?:que|a) reclamar\b`,
    String.raw`\bnao reclama mais\b`,
    String.raw`\bnenhuma reclamacao desde\b`,
    String.raw`\bnao (?:ha|tem) mais nada de errado\b`,
    // C90: the fault counted as none ("0 failed logons"): its failure word is no negation of a claim.
    String.raw`\b(?:0|zero|nenhum|nenhuma) (?:[\w-]+ ){0,3}(?:falh[oa]s?|falhad[oa]s?|perdid[oa]s?|parad[oa]s?|travad[oa]s?|rejeitad[oa]s?)\b`,
    // C92: "nenhuma nova queda do NAS no fim de semana"; C94: "não é mais preciso reiniciar o roteador".
    String.raw`\b(?:nenhuma?|nenhum|sem|nao houve|nao ha) (?:nova|novo|novas|novos|outra|outro|mais) (?:[\w-]+ ){0,1}(?:quedas?|falhas?|erros?|desconexo\w*|desconexa\w*|travamentos?|problemas?|interrupc\w*|cortes?|incidentes?|reclamac\w*)\b`,
    String.raw`\bnao (?:e|sera|foi) mais (?:preciso|necessario) (?:[\w-]+ ){0,2}(?:reiniciar|reconectar|redigitar|refazer|religar|reinserir)\b`,
    String.raw`\bnao (?:precisa|precisam|tem que|tem de|temos que) mais (?:[\w-]+ ){0,2}(?:reiniciar|reconectar|redigitar|refazer|religar|reinserir)\b`,
    // C82: the fault told as ended in the present, with its own verb: "the paper jams have stopped",
    // "ya no se atasca", "non si inceppa più", "紙詰まりはもう起きていません".
    String.raw`(?<!\bnao )\b(?:parou|pararam) de (?:atolar|encravar|travar|cair|desconectar|congelar|dar erro|falhar|reiniciar|apresentar erro|mostrar erro)\b`,
    // C81: a fault counter held at zero since the change, and a backup's log clean with no error:
    // "CRC error counter: still 0 since the cable swap", "last night's backup log is clean, 0 errors".
    String.raw`\blog do backup(?: [\w-]+){0,5} (?:esta|estava) limpo\b`,
    String.raw`\bcontador(?:es)?(?: [\w-]+){0,10} (?:segue |continua |esta |fica )?(?:em |a |no )?(?:0|zero)\b(?: [\w-]+){0,2} (?:desde|apos|depois)\b`,
    // C71: formal closing letters: "Temos o prazer de informar que o incidente no PRN01 foi
    // totalmente resolvido". Read as a whole: the contraction "no" (in the) of the gap is the
    // English negator, so the gap is screened for its own negations, plans and conditions.
    String.raw`\b(?:temos o prazer de|e com prazer que|e com satisfacao que|temos a satisfacao de) (?:lhe |vos |te )?(?:informar|informamos|comunicar|comunicamos|confirmar|confirmamos)(?: que)?(?: (?!(?:nao|ainda|se|quando|vai|vamos|sera|podera|deve|deveria|verificar|confirmar|caso)\b)\S+){0,10} (?:foi|foram|esta|estao|ficou|ficaram) (?:\w+ )?(?:resolvid|solucionad|corrigid|normalizad|restabelecid|reparad|sanad)[oa]s?\b`,
    // C64: nobody has been in touch about it since: "nenhum usuário voltou a ligar para o suporte".
    String.raw`\b(?:ninguem|nenhum usuario|nenhum cliente|nenhum colaborador|nenhuma usuaria|nem um usuario) (?:nos )?(?:voltou a|tornou a|voltaram a|mais) (?:nos )?(?:ligar|ligou|contatar|contatou|contactou|reclamar|reclamou|abrir chamado|abriu chamado|escreveu|procurou)\b`,
    // C65: a span of time with no fault: "não houve uma única parada do spooler", "três dias rodando
    // sem nenhuma interrupção".
    String.raw`\bnao (?:houve|ha|tivemos|teve|ocorreu|foi registrad[oa]|se registrou|registramos) (?:mais )?(?:uma unica|um unico|nenhuma|nenhum|uma so|um so|sequer uma|sequer um) (?:\w+ )?(?:paradas?|quedas?|falhas?|travamentos?|erros?|crash(?:es)?|interrupcoes|interrupcao|eventos?|reinicios?)\b`,
    String.raw`(?<!\bnao (?:esta |estao |fica |ficou )?)\b(?:rodando|funcionando|operando|no ar|de pe)(?: [\w-]+){0,3} sem (?:nenhuma |qualquer |uma unica )?(?:interrupcao|interrupcoes|queda|quedas|falha|falhas|parada|paradas)\b`,
    // C68: what was missing came back too, so nothing is left open: "não fica nada pendente".
    String.raw`\bnao (?:nos )?(?:fica|ficou|resta|restou|ha|sobra|sobrou) (?:mais )?(?:nada|nenhum\w*|nenhuma) (?:\w+ )?(?:pendentes?|em aberto|aberto|por resolver|a resolver)\b`,
    // C53: the fault no longer reproduces after the change ("no repro after the swap"), every queue prints.
    String.raw`\bsem (?:\w+ )?repro (?:apos|depois|desde)\b`,
    // C57: litotes of the fault: "no longer exactly broken", "can hardly be called faulty".
    String.raw`\b(?:ja nao (?:esta|estao|e)|nao (?:esta|estao|e) mais) (?:exatamente|bem|propriamente|tao|realmente) (?:com defeito|quebrad[oa]|estragad[oa]|avariad[oa]|com problema)\b`,
    // C48: the fault has not come back once, or no longer happens: "hasn't crashed once since the reinstall", "jobs no longer get stuck".
    String.raw`\bnao (?:\w+ )?(?:travou|caiu|falhou|congelou|trancou|crashou|deu erro|reiniciou) mais\b`,
    String.raw`\bnunca mais (?:\w+ )?(?:travou|caiu|falhou|congelou|trancou|crashou|deu erro)\b`,
    // C46: not one job stuck, as a count (after a comparison with last week): "no stuck jobs at all".
    String.raw`\bnenhum(?:a)? (?:\w+ )?(?:trabalhos?|impress(?:ao|oes)|jobs?|documentos?|tarefas?) (?:pres[oa]s?|travad|bloquead|encravad|empacad)\w*`,
    // C34: a fault counted as none over a span of time: "not a single stuck job since Tuesday".
    String.raw`\b(?:nenhum|nenhuma|nem um|nem uma) (?:unico |unica |so )?(?:trabalhos?|impress(?:ao|oes)|tarefas?|jobs?|documentos?) (?:travad|pres[oa]|bloquead|encravad|empacad)\w*(?: \w+){0,3} (?:desde|mais)\b`,
    // C24, C31: it has not come back: "Não voltou a dar erro", "não se voltou a repetir".
    String.raw`\bnao (?:se )?(?:voltou|voltaram|tornou|tornaram) a (?:acontecer|ocorrer|repetir|reproduzir|aparecer|dar (?:erro|problema|falha)|travar|cair|falhar|registar|registrar|surgir|se repetir|se reproduzir)\b`,
    String.raw`\b(?:ja )?nao (?:e|esta) (?:mais )?reproduzivel\b`,
    // C23: nobody complained since: "Ninguém reclamou desde segunda".
    String.raw`\bninguem (?:mais )?(?:\w+ )?(?:reclamou|se queixou|ligou|reportou|reclamaram|voltou a reclamar)\b`,
    // C24, C25: no alerts, events or crashes since: "Nenhum alerta no RMM desde a intervenção".
    String.raw`\b(?:nenhuma?|nem uma?|sem|zero|nao (?:ha|houve) mais) (?:novos? |novas? |mais )?(?:alertas?|alarmes?|eventos?|travamentos?|crash(?:es)?|quedas?)(?: [\w-]+){0,4} (?:desde|apos|depois)\b`,
    // C16: no complaints since a time: "Nenhuma reclamação desde segunda".
    String.raw`\b(?:nenhuma?|nem uma?|zero|nao (?:ha|houve) mais) (?:\w+ )?(?:reclamac(?:ao|oes)|queixas?|chamados?|tickets?|ligac(?:ao|oes)|erros?|quedas?)(?: \w+){0,3} desde\b`,
    // C14: better than ever: the device not only works, it works better than before.
    String.raw`\b(?:melhor|mais \w+) (?:do )?que nunca\b`,
    String.raw`\bnunca (?:esteve|foi|funcionou|andou) (?:tao|tão) \w+`,
    String.raw`\b(?:agora|ja) (?:\w+ ){0,2}sem (?:erros|falhas|problemas|quedas)\b`,
    String.raw`\bja nao (?:esta|estao) (?:avariad|estragad|partid|bloquead|com defeito|em baixo|offline)\w*`,
    String.raw`\bja nao (?:ocorre|acontece|aparece|falha|bloqueia|desliga|cai)\b`,
    String.raw`\bnao (?:e |sera |sao |serao )?(?:necessarias?|necessarios?|preciso|precisa|precisam) (?:de )?(?:(?:mais |outra |outras |outro |outros |nenhuma |nenhum |qualquer )+)?(?:acao|acoes|intervencao|intervencoes|passos?|medidas?)(?: adiciona(?:l|is))?\b`,
    String.raw`\b(?:ja )?nao (?:\w+ )?(?:falha|falham|aparece|aparecem|trava|travam|desconecta|reinicia|da erro|congela|acontece|ocorre|cai)(?: \w+){0,2} mais\b`,
    String.raw`\bnao (?:voltou|voltaram|volta|voltam) a (?:falhar|aparecer|travar|desconectar|reiniciar|acontecer|ocorrer|cair|dar (?:o |nenhum |mais )?(?:erro|falha|problema|aviso)s?|surgir|repetir-se|se repetir|congelar|bloquear)\b`,
    String.raw`\bnao (?:ha|houve|tem|teve|temos|tivemos|se registaram|se registraram) mais (?:nenhum |nenhuma )?(?:erro|falha|queda|travamento|problema|mensage(?:m|ns)|aviso|desconex(?:ao|oes)|lentid(?:ao|oes)|reclama(?:cao|coes)|bloqueio|reinicio|congelamento)s?\b`,
    String.raw`\b(?:chega de|acabaram-se|acabou-se|acabaram|acabou|adeus|fim d[oa]s?|nada de|zero) (?:os |as |o |a )?(?:erro|falha|queda|travamento|problema|desconex|mensage|aviso|lentid|bloqueio|reinici|congelamento|tela azul|ecra azul)\w*`,
    String.raw`\b${WORKS}(?: [\w-]+){0,3} sem (?:nenhum|nenhuma|qualquer|o menor|a menor) (?:problema|erro|falha|queda|travamento|engasgo|interrupcao|lentidao|instabilidade)s?\b`,
    // A negation between the fault and the verb ("n'a pas disparu", "non è sparito", "não sumiu")
    // denies the disappearance: the pattern carries no negation of its own here.
    String.raw`\b(?:erro|problema|falha|mensagem|travamento|aviso|alerta|janela|popup|pop-up|queda|bloqueio|lentidao|tela azul|ecra azul)s?(?: (?!nao\b|nunca\b)[\w-]+){0,3} (?:ja |)(?:desapareceu|desapareceram|sumiu|sumiram|foi embora|foram embora|deixou de aparecer|deixaram de aparecer)\b`,
    String.raw`\bnao (?:me |lhe |nos |te )?(?:da|dao|apresenta|apresentam|mostra|mostram|tem|temos|aparece|aparecem) mais (?:o |a |os |as |aquele |aquela |esse |essa |este |esta |nenhum |nenhuma )?(?:erro|falha|problema|aviso|mensagem|mensagens|travamento|queda|alerta|tela azul|ecra azul)s?\b`,
    String.raw`\bnao (?:se )?(?:repetiu|repetiram|reapareceu|reapareceram|manifestou|manifestaram|reproduziu|reproduziram)(?: mais)?\b`,
    String.raw`\b(?:servidor|site|sistema|servico|vpn|rede|maquina|banco de dados|base de dados|aplicacao|portal|link|internet)(?: \w+){0,2} (?:ja )?(?:subiu|subiram|esta no ar|ta no ar|esta de pe|ta de pe|esta up|ta up)\b`,
    String.raw`\bja nao (?:me |lhe |nos |te )?(?:tem|temos|teem) (?:nenhum |nenhuma |mais )?(?:dificuldade|problema|erro|falha|travamento|queda)s?\b`,
    String.raw`\bnao (?:viu|vimos|teve|tivemos|recebeu|notou|registou|registrou|observou|tem tido) mais (?:o |a |os |as |nenhum |nenhuma |esse |essa |aquele |aquela )?(?:erro|falha|problema|aviso|mensagem|travamento|queda|alerta|tela azul|dificuldade)s?\b`,
    String.raw`\bja nao (?:ha|existem|existe|temos|tem) (?:mais )?(?:problemas?|erros?|falhas?|quedas?|travamentos?)\b`,
    String.raw`\bnao (?:se )?(?:manifesta|manifestam|repete|repetem|reproduz|reproduzem|verifica|verificam|apresenta|apresentam)(?: \w+){0,2} mais\b`,
    String.raw`\bja nao (?:me |lhe |nos |te )?(?:da|dao|apresenta|mostra|mostram|surge|surgem|trava|travam|congela|congelam|reinicia|reiniciam|desconecta|desconectam|desliga|desligam|falham|aparecem|ocorrem|acontecem) ?(?:erro|erros|falha|falhas|problema|problemas|aviso|mensagem)?\b`,
    String.raw`\b(?:nenhum|nenhuma|sem|nao houve|nao ha|nao tivemos|nao se registou|nao se registrou) (?:novo |nova |novos |novas |mais |outro |outra )?(?:erro|falha|travamento|queda|desconexao|problema|incidente|ocorrencia|reclamacao|aviso)s?(?: (?:nov[oa]s?|mais|registad[oa]s?|registrad[oa]s?|reportad[oa]s?))? (?:desde|apos|depois)\b`,
  ],
  actions: [
    String.raw`\b(?:substituid[oa]s?|substituimos|trocad[oa]s?|trocamos|reinstalad[oa]s?|reinstalamos|instalad[oa]s?|instalamos|reiniciad[oa]s?|reiniciamos|atualizad[oa]s?|atualizamos|redefinimos|reconfigurad[oa]s?|reconfiguramos|apagamos|removemos|removid[oa]s?|excluimos|migramos|formatamos|desinstalamos)\b`,
  ],
  negativeSubjects: ['nada', 'nenhum', 'nenhuma', 'ninguem', 'nem'],
  // C250: "vai", "vão" are the future only before an infinitive ("vai funcionar"); before anything
  // else they are the verb "go" ("o portátil vai mais rápido que nunca", "a rede vai bem agora").
  goFutures: { words: ['vai', 'vao', 'vou', 'vamos'], infinitive: String.raw`^(?:\p{L}*(?:ar|er|ir)|por)$` },
  without: ['sem'],
  negators: ['nao', 'nunca', 'jamais', 'nenhum', 'nenhuma', 'nem', 'nada', 'mal'],
  modals: [
    'sera',
    'serao',
    'seria',
    'vai',
    'vamos',
    'vao',
    'vou',
    'podera',
    'poderia',
    'pode ser que',
    'deve',
    'devem',
    'tem de',
    'tem que',
    'precisa',
    'para',
    'esperamos',
    'espero',
    'parece',
    'parecia',
    'tentar',
    'tentaremos',
    'ficara',
    'estara',
  ],
  hedges: ['deveria', 'deveriam'],
  now: ['agora', 'ja'],
  auxiliaries: [
    'esta',
    'estao',
    'e',
    'sao',
    'foi',
    'foram',
    'tem',
    'temos',
    'sido',
    'se',
    'o',
    'a',
    'ainda',
    'ja',
    'agora',
    'completamente',
    'totalmente',
    'ficou',
    'fica',
    'estava',
  ],
  conjunctions: [
    // C71: "uma vez que" with a verb told as done is "since" ("…encerrado, uma vez que o serviço
    // voltou a funcionar"), not "once": longer than the condition "uma vez", it is read first.
    'uma vez que',
    'mas',
    'porem',
    'entao',
    'depois',
    'porque',
    'contudo',
    'todavia',
    'ou',
    'e depois',
    'no entanto',
    'embora',
  ],
  conditions: [
    'se',
    'quando',
    'assim que',
    'ate que',
    'antes que',
    'antes de',
    'para que',
    'logo que',
    'a menos que',
    'no caso de',
    'desde que',
    'enquanto nao',
    'a fim de',
    'uma vez',
  ],
  since: ['depois de', 'depois que', 'apos', 'desde', 'desde que'],
  contrasts: [
    // C328 (honest): a good state for all but some, the exception named after it: "ninguém mais recebe o aviso, exceto a recepção".
    'com excecao',
    // C326 (honest): a fix of an earlier incident, then this one denied: "da outra vez reiniciar resolveu; desta vez não fez diferença".
    'desta vez',
    'dessa vez',
    // C327 (honest): a step done, the outcome still open: "a atualização foi aplicada, resta ver se as quedas param".
    'resta ver',
    'falta ver',
    'resta saber',
    'falta saber',
    'depois',
    'somente',
    'apenas',
    'ainda',
    'mas',
    'porem',
    'contudo',
    'no entanto',
    'exceto',
    'embora',
    // C294 (honest): "O monitor novo funciona perfeitamente; a VPN continua caindo": a failure that goes on.
    'continua',
    'continuam',
    'segue',
    'seguem',
    // C295 (honest): "Resolvemos em março; infelizmente o problema voltou": the turn of a recurrence.
    'infelizmente',
  ],
  limits: [
    // C328 (honest): a good state for all but some, the exception named after it: "ninguém mais recebe o aviso, exceto a recepção".
    'exceto',
    'com excecao',
    // C327 (honest): the outcome still open after a step done.
    'resta ver',
    'falta ver',
    'resta saber',
    'falta saber',
    // C294 (honest): a failure that goes on, after "continua": "continua caindo", "segue travando".
    'caindo',
    'travando',
    'falhando',
    'dando erro',
    'desconectando',
    'congelando',
    'reiniciando',
    'a cair',
    'a falhar',
    'a travar',
    // C295 (honest): "Resolvemos no mês passado, mas agora o problema voltou": the fault back after the fix.
    'problema voltou',
    'erro voltou',
    'falha voltou',
    'defeito voltou',
    'voltou o problema',
    'voltou o erro',
    'voltou a falha',
    // C230: "Parece resolvido, mas aguardamos a confirmação": uma confirmação aguardada limita a aparência.
    'aguardamos',
    'aguardando',
    'no aguardo',
    // C76: "Resolvemos, mas uma hora depois voltou a cair": a fault told again.
    'voltou a cair',
    // C99: "Foi corrigido em março, mas voltou na semana passada": fixed once, and the fault back since.
    'voltou na',
    'voltou no',
    'voltou a acontecer',
    'voltou a ocorrer',
    'voltou a aparecer',
    'voltou a falhar',
    'voltou a parar',
    'voltou a travar',
    'caiu de novo',
    'caiu novamente',
    'parou de novo',
    'parou novamente',
    'travou de novo',
    'travou novamente',
    // What a symptom does when it comes back: "…, mas volta ao abrir o Outlook".
    'volta ao',
    'volta quando',
    'volta a aparecer',
    'volta a travar',
    'reaparece',
    'reapareceu',
    'voltou a falhar',
    'voltou a aparecer',
    'voltou hoje',
    'voltou ontem',
    'persiste',
    'trava',
    'desconecta',
    'falha',
    'cai',
    'bloqueia',
    'ainda',
    'continua',
    'so',
    'apenas',
    'parcialmente',
    'nao',
    'falha',
    'volta a falhar',
  ],
  complementizers: ['que'],
  frames: [
    String.raw`\bnao (?:\w+ )?(?:considere|considerem|considerar|de por|deem por)\b`,
    String.raw`^(?:por favor |depois |em seguida )?(?:verifique|verifica|verificar|confirme|confirma|confirmar|certifique-se|certificar-se|teste|testar|cheque|checar|confira|conferir|observe|monitore|avise-nos|diga-nos)\b`,
    // C228: um anúncio ("é uma satisfação para nós confirmar") não é um plano de verificar.
    String.raw`(?<!\b(?:placer|prazer|piacere|gusto|alegria|gioia|satisfaccion|satisfacao|soddisfazione|honor|honra|onore|orgullo|orgulho|orgoglio)(?: \w+)? )\b(?:vamos|vou|vai|passara para|passaremos para|voltara para|devemos|deve|precisamos|temos de|temos que|para|por favor|pedimos)(?: \w+){0,2} (?:verificar|confirmar|testar|checar|conferir|garantir|monitorar|validar)\b`,
    // C230: a denied appearance ("não parece que …") governs what follows, as a denied belief does.
    String.raw`\bnao (?:\w+ ){0,2}(?:parece|parecia|pareceu|aparenta|achamos|acho|acreditamos|creio|podemos|posso|sabemos|temos certeza|tenho certeza|garantir|confirmar|afirmar)\b`,
    String.raw`\b(?:esperamos|espero|tomara|aguardando|aguardamos|o objetivo e|confiamos)\b`,
    String.raw`\bsem (?:confirmacao|confirmar|verificar|verificacao|garantia|certeza|saber|poder confirmar)\b`,
    // Waiting for someone to confirm: "… que o usuário confirme que já consegue trabalhar".
    String.raw`\bque (?:\w+ ){0,3}(?:confirme|confirmem|verifique|verifiquem|teste|testem|nos diga|nos avise)\b`,
    String.raw`\b(?:verificaremos|confirmaremos|testaremos|validaremos|checaremos|conferiremos|monitoraremos|verificarei|confirmarei)\b`,
    // Only part of them: "só metade dos usuários consegue entrar de novo".
    // Bare "so" is also English: only "só" before a determiner or a number.
    String.raw`^(?:\w+ )?(?:so (?:o|a|os|as|um|uma|metade|dois|duas|tres|alguns|algumas|parte)|somente|apenas|unicamente|alguns d|algumas d|metade|parte d|nem todos|nem todas)\b`,
  ],
  // C89: "o problema no Teams foi resolvido": "no" and "nos" are "in the", not the English or
  // Spanish negation.
  markers: [
    ...'do da dos das ao aos os foi um uma com em pelo pela nao sem'.split(' '),
    ...'novo nova agora ja tudo voltou voltaram tambem apos sao estao'.split(' '),
  ],
  otherSenses: { no: 'em', nos: 'em' },
  unaffected: [
    'nao foi afetado',
    'nao foi afetada',
    'nao esta afetado',
    'nao esta afetada',
    'nao afetado',
    'nao afetada',
    'nao foram afetados',
    'nao foram afetadas',
    'nao foram impactados',
    'nao foram impactadas',
    'nao foi impactado',
    'nao foi impactada',
  ],
  transient: [
    String.raw`\b(?:brevemente|temporariamente|momentaneamente|no inicio|inicialmente|por um momento|por um tempo|alguns (?:segundos|minutos))\b`,
    String.raw`\b(?:durante|por) (?:\d+ |uns |umas |alguns |algumas |um |uma |dois |tres |dez |trinta |poucos |poucas )(?:segundos?|minutos?|horas?|momentos?|dias?)\b`,
  ],
  pastAux: ['estava', 'estavam', 'tinha', 'tinham', 'funcionava'],
  ellipticals: [
    // C166: a retest told in one word: "Testei de novo. Limpo."
    'limpo',
    'tudo limpo',
    // C112: an outcome told in one word of success: "Résultat : succès", "結果：成功".
    'sucesso',
    'bem-sucedido',
    'bem sucedido',
    // C88: a status field's value after a dash: "Statut : Clôturé – Wi-Fi salle B opérationnel".
    'encerrado',
    'encerrada',
    // "- Spooler estável, sem travamentos".
    'estavel',
    'agora foi',
    'concluido',
    'concluída',
    'concluido com sucesso',
    'sanado',
    'normalizada',
    'normalizado',
    'problema sanado',
    'situacao normalizada',
    'resolvido',
    'resolvida',
    'solucionado',
    'corrigido',
    'consertado',
    'reparado',
    'funciona',
    'ja funciona',
    'tudo certo',
    'tudo ok',
    'tudo bem',
    'pronto',
    'ok',
    'eliminado',
    'okmark',
    'problema resolvido',
    'funcionando',
    'feito',
    'operacional',
    'normalizado',
    'restabelecido',
    'restabelecida',
    'restaurado',
    'restaurada',
    'sanada',
    'resolvidinho',
    'resolvida',
    'solucionada',
    'corrigida',
    'consertada',
    'reparada',
    'tudo beleza',
    'tudo joia',
    'tudo tranquilo',
    'tudo nos conformes',
    'tudo funcionando',
    'funcionando normalmente',
    'de volta ao normal',
    'ja esta',
    'ja ta',
    'ta resolvido',
    'ta funcionando',
    'normalizada',
    'sem problemas',
    'deu certo',
    'funcionou',
    'resultou',
    'bastou',
    'resolveu-se',
    'sem problema',
    'ta pago',
    'a funcionar',
    'funfando',
    'ta funfando',
    'funfou',
  ],
  statusNouns: ['estado', 'status', 'resultado'],
  labelStates: ['funcionando', 'funciona', 'operacional', 'normal', 'verde'],
  fillers: [
    'show',
    'bola',
    'beleza',
    'top',
    'massa',
    'valeu',
    'perfeito',
    // "Sim, nenhum problema." answers a question whether it works.
    'nenhum',
    'situacao',
    'estado',
    'ja',
    'agora',
    'finalmente',
    'tudo',
    'o',
    'a',
    'os',
    'problema',
    'chamado',
    'ticket',
    'erro',
    'boas',
    'noticias',
    'bom',
    'entao',
    'esta',
    'do',
    'da',
    'nosso',
    'nossa',
    'seu',
    'sua',
    'lado',
    'novamente',
    'de',
    'novo',
    'completamente',
    'impressora',
    'vpn',
    'okmark',
    'sim',
    'obrigado',
    'ola',
    'e',
    'hoje',
    'confirmado',
  ],
  // C252: a tag after a comma asks to agree; its negation negates nothing of the question.
  questionTags: ['ne', 'nao e', 'nao e mesmo', 'certo', 'nao', 'verdade', 'correto', 'ne isso'],
  affirmations: [
    'sim',
    'exatamente',
    'correto',
    'claro',
    'com certeza',
    'isso',
    // C319: an answer that echoes the verb: "Voltou? Voltou sim, desde as 10h".
    'voltou sim',
    'funciona sim',
    'funcionou sim',
    'imprime sim',
    'esta sim',
    'ta sim',
  ],
  closings: [String.raw`\b(?:fech|encerr)`],
  openClosings: [
    String.raw`\bsem (?:uma )?(?:solucao|correcao|resolucao|reparo)(?: \w+)?(?: confirmada| definitiva| verificada)?\b`,
    String.raw`\b(?:nao|ainda nao)(?: \w+){0,3} (?:resolvido|resolvida|solucionado|confirmada?)\b`,
    String.raw`\bsem resolver\b|\bnao resolvido\b`,
    String.raw`\bsem (?:confirmacao|verificacao|confirmar|que (?:\w+ ){0,5}(?:tenha|tenham|seja|sejam)(?: sido)? (?:confirmad|verificad|resolvid|solucionad)[oa]s?)\b|\b(?:nao|sem ser) (?:\w+ )?(?:confirmad|verificad)[oa]s?\b`,
  ],
  endorsements: [
    String.raw`\b(?:como (?:indicado|anotado|confirmado|mencionado|registrado|combinado)|confirmado|boas noticias|atualizacao|status|resultado|conclusao|nota|resumo)\W*$`,
  ],
  problemFree: [
    String.raw`\bsem (?:nenhum |nenhuma |qualquer |mais )?(?:problemas?|erros?|falhas?|dificuldades?|interrupcoes|interrupcao|quedas?|reclamacoes|reclamacao)\b`,
  ],
  misspellings: [
    // C257: abreviações de chat de um conserto: "agr ta td ok", "td certo agr".
    'agr agora',
    'td tudo',
    'funfa funciona',
    'funfam funcionam',
    'normalmete normalmente',
    'nomalmente normalmente',
    'fucniona funciona',
    'funcona funciona',
    'resolivdo resolvido',
    'resolvdo resolvido',
    'agroa agora',
  ],
  typoStems: [
    'funciona',
    'funcionam',
    'funcionando',
    'normalmente',
    'corretamente',
    'perfeitamente',
    'resolvido',
    'solucionado',
  ],
  partials: [
    // "por parte dos usuários" is "from the users", not "part of them".
    // C113: "0 % de perte" is a loss of none, not a part of a whole.
    String.raw`\b(?:\d+|dois|duas|tres|quatro|alguns|algumas|a maioria|(?<!\bpor )parte|varios|varias|metade) (?:de|dos|das|de nossos|de seus) (?:\d+|(?!perd|pert)\w+)`,
    String.raw`\bparcialmente\b`,
  ],
  scopes: [
    // C266: um estado bom limitado a um ambiente de teste não é conserto em produção: "funcionou na VM de teste, ainda não em produção".
    String.raw`\b(?:na|no|em|numa|num|para|com) (?:a |o |uma |um |nossa |nosso )?(?:(?:vm|maquina|estacao|pc|servidor|ambiente|instancia|tenant|conta|usuario|grupo|notebook)s? (?:de |do )?(?:teste|testes|homologacao|laboratorio|piloto|desenvolvimento|qa|staging|pre-producao)|homologacao|laboratorio|sandbox|staging|pre-producao)\b`,
    // "restabelecida só para dois usuários": a good state limited to a few of them.
    String.raw`\b(?:so|somente|apenas) (?:para|em) (?:os |as )?(?:\d+|um|uma|dois|duas|tres|quatro|alguns|algumas|parte dos) (?:\w+ )?(?:usuarios?|utilizadores?|estacoes|impressoras?|maquinas?|dispositivos?|computadores?|contas?|sedes?|filas?|escritorios?)\b`,
  ],
  waits: [String.raw`\b(?:so|somente|apenas) (?:depois|quando|apos)\b`],
  denials: [
    // C286: a closing label and what the user can do: "Encerramento: usuária consegue imprimir", "Resultado: o cliente já consegue acessar".
    String.raw`^(?:encerramento|fechamento|conclusao|resultado|desfecho|situacao final|status final)(?: (?:final|do chamado|do ticket))? (?:o |a |os |as )?(?!(?:ninguem|nenhum|nenhuma|nao|nada|nos|eu)\b)[\w-]+(?: (?!(?:consegue|conseguem|pode|podem|nao)\b)[\w-]+)? (?:ja )?(?:consegue|conseguem|pode|podem) (?:ja |de novo |novamente |agora )*(?:imprimir|digitalizar|escanear|conectar|se conectar|entrar|acessar|aceder|logar|trabalhar|enviar|receber|abrir|usar|ligar|sincronizar)\b(?: (?!(?:nao|nunca|so|apenas|mas|exceto|quando|se|depois|amanha|as vezes|pelo|pela|via|com|outro|outra|emprestado|emprestada)\b)[\w-]+){0,6}$`,
    // C56: a double negative: "there is not one printer left that does not print".
    String.raw`\bnao (?:ha|existe|resta|sobrou)(?: mais)? (?:nenhuma?|uma? sequer) (?:[\w-]+ ){1,4}que nao (?:esteja imprimindo|imprima|funcione|esteja funcionando)\b`,
  ],
  zeroCounts: [
    // C58: a fault counted as none after its label: "crashes: 0", "occurrences since the fix: 0".
    String.raw`^(?:[\w-]+ ){0,3}(?:quedas|falhas|erros|travamentos|crashes|paradas)(?: (?:desde|apos|depois) [\w -]+)?$`,
    String.raw`^(?:[\w-]+ ){0,2}(?:ocorrencias|eventos)(?: (?!(?:deve|devera|deveria|sera|seria|ser|a|nao|ainda|quando|se|ate|pode)\b)[\w-]+){0,3} (?:desde|apos|depois) [\w -]+$`,
  ],
  noes: ['nao', 'não', 'que nada', 'nada'],
  elsewhere: [
    'o problema está',
    'o problema é',
    'o problema vem',
    'a causa está',
    'a causa é',
    'o defeito está',
    'a falha está',
    'o erro está',
    'o erro vem',
  ],
  faults: [
    'com defeito',
    'defeito',
    'quebrado',
    'quebrada',
    'travando',
    'trava',
    'caído',
    'caindo',
    'fora do ar',
    'offline',
    'problema',
    'problemas',
    'erro',
    'erros',
    'lento',
    'lenta',
    'pifado',
    'não funciona',
    'não liga',
    'não imprime',
  ],
  // C100: an aside of sight asserts what follows it.
  asides: ['pelo que (?:vejo|vemos|posso ver|podemos ver)', 'ate onde (?:vejo|vemos|posso ver|podemos ver)'],
  // C101: a clause taken as given is asserted, in a question too.
  presuppositions: ['agora que', 'ja que'],
  // C111: good news announced, with something again, tells the fault over.
  goodNews: [
    String.raw`\bboas noticias\b`,
    String.raw`\b(?:temos o prazer|e com prazer que) (?:de )?(?:informar|comunicar)\b`,
  ],
  again: ['de novo', 'novamente', 'voltou a', 'voltaram a'],
};
